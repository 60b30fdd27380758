import { excerpt } from '../../lib/search/excerpt.ts';
import type { IndexPage, IndexUnit } from '../../lib/search/index-format.ts';
import { siteHref } from '../site-mode.ts';

/** Creates an element with a class and text; text is always set as text, never as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * Link to a unit on the result page, carrying the query so the page marks it there. On a
 * comparison page a plan's measure is anchored as "<plan slug>-m3".
 */
export function hitUrl(page: IndexPage, source: IndexPage, unit: IndexUnit, q: string): string {
  const slug = source.url.replace(/^\/plans\/|\/$/g, '');
  const anchor = source === page ? unit.a : `${slug}-${unit.a}`;
  return `${page.url}?hl=${encodeURIComponent(q)}${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;
}

/** One hit: label and heading path as a link, the excerpt with exact marks, lead units and deadline. */
export function renderHit(page: IndexPage, source: IndexPage, unit: IndexUnit, terms: string[], q: string): HTMLLIElement {
  const li = el('li', 'hit');
  const a = el('a', 'hit-link');
  a.href = siteHref(hitUrl(page, source, unit, q));
  if (source !== page) a.append(el('span', 'hit-plan', source.title));
  a.append(el('span', 'hit-label', unit.l));
  if (unit.p.length > 0) a.append(el('span', 'hit-path', unit.p.join(' › ')));
  li.append(a);
  const ex = excerpt(unit.t, terms);
  const p = el('p', 'excerpt');
  let at = 0;
  if (ex.cutStart) p.append('…');
  for (const [s, e] of ex.marks) {
    p.append(ex.text.slice(at, s), el('mark', undefined, ex.text.slice(s, e)));
    at = e;
  }
  p.append(ex.text.slice(at));
  if (ex.cutEnd) p.append('…');
  li.append(p);
  const facts: string[] = [];
  if (unit.s.length > 0) facts.push(`牵头单位：${unit.s.join('、')}`);
  if (unit.d) facts.push(`完成时限：${unit.d.raw}${unit.d.date ? `（${unit.d.date}）` : ''}`);
  if (facts.length > 0) li.append(el('p', 'hit-facts', facts.join(' · ')));
  return li;
}
