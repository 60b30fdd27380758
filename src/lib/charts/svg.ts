/**
 * A tiny SVG writer for the build-time charts. Every text and attribute value goes through
 * `escapeXml`, so plan text (unit names, subjects) can never become markup: the pages insert the
 * result with `set:html`, and this is the one place where that is made safe.
 */

/** Escapes the five XML special characters. */
export const escapeXml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Rounds a coordinate to 0.1 so the output is stable and small. */
export const r1 = (n: number): number => Math.round(n * 10) / 10;

/** Attribute values: numbers are rounded, null/undefined/false attributes are left out. */
export type Attrs = Record<string, string | number | null | undefined | false>;

/** Markup already produced by `el` (never raw text). */
export interface Markup {
  readonly svg: string;
}

/** A child: escaped text, or markup from `el`. */
export type Child = string | number | Markup | null | undefined | false;

const attr = ([k, v]: [string, Attrs[string]]): string =>
  v === null || v === undefined || v === false ? '' : ` ${k}="${escapeXml(typeof v === 'number' ? String(r1(v)) : v)}"`;

const child = (c: Child): string =>
  c === null || c === undefined || c === false ? '' : typeof c === 'object' ? c.svg : escapeXml(String(c));

/** An element; text children are escaped, `Markup` children inserted as they are. */
export function el(tag: string, attrs: Attrs = {}, ...children: (Child | Child[])[]): Markup {
  const inner = children.flat().map(child).join('');
  return { svg: `<${tag}${Object.entries(attrs).map(attr).join('')}${inner ? `>${inner}</${tag}>` : ' />'}` };
}

/**
 * Rough width of a label in px: CJK characters are about 1em wide in the site's fonts, others
 * about 0.6em. Used to size label columns and to place text beside bars.
 */
export function textWidth(s: string, fontSize: number): number {
  let em = 0;
  for (const ch of s) em += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : 0.6;
  return em * fontSize;
}

/** Cuts a label to fit `max` px, ending with "…". */
export function fitText(s: string, max: number, fontSize: number): string {
  if (textWidth(s, fontSize) <= max) return s;
  const chars = [...s];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, fontSize) > max) chars.pop();
  return `${chars.join('')}…`;
}
