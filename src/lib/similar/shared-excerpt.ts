/**
 * A similar measure as shown under another: not its whole text (at 500 plans five whole texts
 * under every measure made a plan page 1.4 MB) but the stretch around the wording it shares,
 * cut at about `max` characters with "…" where text is left out. The whole text is one click away.
 */
import { firstShared, fourGrams, piecesIn, type Piece } from './shared-spans.ts';

const CUT: Piece = { text: '…', shared: false };

/**
 * Pieces of `other` around its first shared stretch, about `max` characters, "…" marking cuts.
 * `own` may be given as its fourGrams, made once for all the measures shown under it; only the
 * window shown is marked (at 500 plans marking whole texts took seconds of the build).
 */
export function sharedExcerpt(own: string | ReadonlySet<string>, other: string, max = 120): Piece[] {
  const grams = typeof own === 'string' ? fourGrams(own) : own;
  if (other.length <= max) return piecesIn(grams, other);
  const first = firstShared(grams, other);
  const start = Math.max(0, Math.min(first < 0 ? 0 : first - 20, other.length - max));
  const end = start + max;
  return [...(start > 0 ? [CUT] : []), ...piecesIn(grams, other, start, end), ...(end < other.length ? [CUT] : [])];
}
