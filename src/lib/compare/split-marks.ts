/** Splits text into plain and marked pieces, so a page can wrap matched keywords in <mark>. */

/** A piece of the text; `mark` when it is one of the terms. */
export interface Piece {
  text: string;
  mark: boolean;
}

/** Escapes a term for use inside a RegExp. */
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Pieces of `text` with every occurrence of the terms marked (longest term first where they
 * overlap). One regular-expression scan: thousands of excerpts go through this per page.
 */
export function splitMarks(text: string, terms: string[]): Piece[] {
  const sorted = [...new Set(terms)].filter((t) => t.length > 0).sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return text ? [{ text, mark: false }] : [];
  const pieces: Piece[] = [];
  const re = new RegExp(sorted.map(escapeRegExp).join('|'), 'g');
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) pieces.push({ text: text.slice(last, m.index), mark: false });
    pieces.push({ text: m[0], mark: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), mark: false });
  return pieces;
}

/** The start of a text, cut at a sentence or clause end near `max` characters when there is one. */
export function trimText(text: string, max = 90): { text: string; cut: boolean } {
  const flat = text.replace(/\n/g, ' ');
  if (flat.length <= max) return { text: flat, cut: false };
  const head = flat.slice(0, max);
  const stop = Math.max(head.lastIndexOf('。'), head.lastIndexOf('；'));
  return { text: stop >= max * 0.5 ? head.slice(0, stop + 1) : `${head}…`, cut: true };
}
