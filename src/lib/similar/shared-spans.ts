/**
 * The wording a similar measure shares with the one it is shown under, to mark it: every
 * stretch of `other` of four or more characters that also occurs in `own` ("一照多址",
 * "川渝通办事项"). Four, because a shared two- or three-character word ("推进", "服务") says nothing.
 */

/** A piece of text, marked when it is shared wording. */
export interface Piece { text: string; shared: boolean }

const MIN = 4;

/** The four-character stretches of `own`: made once per measure, then held against each of its similar ones. */
export function fourGrams(own: string): ReadonlySet<string> {
  const grams = new Set<string>();
  for (let i = 0; i + MIN <= own.length; i++) grams.add(own.slice(i, i + MIN));
  return grams;
}

/** Whether the stretch of `other` at `i` is shared wording (a stretch with a space in it is not). */
function sharedAt(grams: ReadonlySet<string>, other: string, i: number): boolean {
  const g = other.slice(i, i + MIN);
  return grams.has(g) && !/\s/u.test(g);
}

/** Where the first shared stretch of `other` starts, or -1. */
export function firstShared(grams: ReadonlySet<string>, other: string): number {
  for (let i = 0; i + MIN <= other.length; i++) if (sharedAt(grams, other, i)) return i;
  return -1;
}

/** `other` from `from` to `to` cut into pieces, shared stretches marked (also those reaching in from outside it). */
export function piecesIn(grams: ReadonlySet<string>, other: string, from = 0, to = other.length): Piece[] {
  const marked = new Uint8Array(to - from);
  for (let i = Math.max(0, from - MIN + 1); i < to && i + MIN <= other.length; i++) {
    if (sharedAt(grams, other, i)) marked.fill(1, Math.max(0, i - from), Math.min(to, i + MIN) - from);
  }
  const pieces: Piece[] = [];
  for (let i = 0; i < marked.length;) {
    let j = i;
    while (j < marked.length && marked[j] === marked[i]) j++;
    pieces.push({ text: other.slice(from + i, from + j), shared: marked[i] === 1 });
    i = j;
  }
  return pieces;
}

/** `other` cut into pieces, the stretches it shares with `own` marked. */
export function sharedPieces(own: string, other: string): Piece[] {
  return piecesIn(fourGrams(own), other);
}
