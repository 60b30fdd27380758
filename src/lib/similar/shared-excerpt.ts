/**
 * A similar measure as shown under another: not its whole text (at 500 plans five whole texts
 * under every measure made a plan page 1.4 MB) but the stretch around the wording it shares,
 * cut at about `max` characters with "…" where text is left out. The whole text is one click away.
 */
import { sharedPieces, type Piece } from './shared-spans.ts';

/** Pieces of `other` around its first shared stretch, about `max` characters, "…" marking cuts. */
export function sharedExcerpt(own: string, other: string, max = 120): Piece[] {
  const pieces = sharedPieces(own, other);
  if (other.length <= max) return pieces;
  let at = 0;
  let first = -1;
  for (const p of pieces) { if (p.shared) { first = at; break; } at += p.text.length; }
  const start = Math.max(0, Math.min(first < 0 ? 0 : first - 20, other.length - max));
  const end = start + max;
  const out: Piece[] = start > 0 ? [{ text: '…', shared: false }] : [];
  let pos = 0;
  for (const p of pieces) {
    const from = Math.max(pos, start);
    const to = Math.min(pos + p.text.length, end);
    if (to > from) out.push({ text: p.text.slice(from - pos, to - pos), shared: p.shared });
    pos += p.text.length;
  }
  if (end < other.length) out.push({ text: '…', shared: false });
  return out;
}
