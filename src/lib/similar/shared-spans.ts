/**
 * The wording a similar measure shares with the one it is shown under, to mark it: every
 * stretch of `other` of four or more characters that also occurs in `own` ("一照多址",
 * "川渝通办事项"). Four, because a shared two- or three-character word ("推进", "服务") says nothing.
 */

/** A piece of text, marked when it is shared wording. */
export interface Piece { text: string; shared: boolean }

const MIN = 4;

/** `other` cut into pieces, the stretches it shares with `own` marked. */
export function sharedPieces(own: string, other: string): Piece[] {
  const grams = new Set<string>();
  for (let i = 0; i + MIN <= own.length; i++) grams.add(own.slice(i, i + MIN));
  const marked = new Uint8Array(other.length);
  for (let i = 0; i + MIN <= other.length; i++) {
    if (grams.has(other.slice(i, i + MIN)) && !/\s/u.test(other.slice(i, i + MIN))) marked.fill(1, i, i + MIN);
  }
  const pieces: Piece[] = [];
  for (let i = 0; i < other.length;) {
    let j = i;
    while (j < other.length && marked[j] === marked[i]) j++;
    pieces.push({ text: other.slice(i, j), shared: marked[i] === 1 });
    i = j;
  }
  return pieces;
}
