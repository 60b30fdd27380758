/** Splits text into plain and marked pieces, so a page can wrap matched keywords in <mark>. */

/** A piece of the text; `mark` when it is one of the terms. */
export interface Piece {
  text: string;
  mark: boolean;
}

/** Pieces of `text` with every occurrence of the terms marked (longest term first where they overlap). */
export function splitMarks(text: string, terms: string[]): Piece[] {
  const sorted = [...new Set(terms)].filter((t) => t.length > 0).sort((a, b) => b.length - a.length);
  const pieces: Piece[] = [];
  let plain = '';
  for (let i = 0; i < text.length;) {
    const hit = sorted.find((t) => text.startsWith(t, i));
    if (hit) {
      if (plain) pieces.push({ text: plain, mark: false });
      pieces.push({ text: hit, mark: true });
      plain = '';
      i += hit.length;
    } else {
      plain += text[i];
      i += 1;
    }
  }
  if (plain) pieces.push({ text: plain, mark: false });
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
