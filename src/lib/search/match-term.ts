import type { DecodedPostings } from './decode-shard.ts';
import { coverGrams } from './normalize.ts';

/** Start positions of a term in each unit that contains it. */
export type TermMatches = Map<number, number[]>;

const EMPTY: DecodedPostings = { units: new Uint32Array(), positions: new Uint32Array() };

/**
 * Where a folded term (≥ 2 characters) occurs: the bigrams that cover it (coverGrams) must sit at
 * start + their offset in one unit. The rarest of them drives; each other list is searched from a
 * cursor that only moves forward, since postings are sorted by unit, then position, and so are
 * the driver's starts. No set is built, no closure runs per posting: a cold query runs this
 * before the engine is optimised, and a common bigram ("营商" in every plan) has tens of
 * thousands of postings at 500 plans.
 */
export function matchTerm(term: string, postingsOf: (gram: string) => DecodedPostings | undefined): TermMatches {
  const grams = coverGrams(term);
  const lists = grams.map((g) => postingsOf(g.gram) ?? EMPTY);
  let driver = 0;
  for (let i = 1; i < lists.length; i++) if (lists[i]!.units.length < lists[driver]!.units.length) driver = i;
  const cursors = new Uint32Array(lists.length);
  const out: TermMatches = new Map();
  const { units, positions } = lists[driver]!;
  const at = grams[driver]!.at;
  next: for (let k = 0; k < units.length; k++) {
    const unit = units[k]!;
    const start = positions[k]! - at;
    if (start < 0) continue;
    for (let i = 0; i < lists.length; i++) {
      if (i === driver) continue;
      const l = lists[i]!;
      const want = start + grams[i]!.at;
      const c = seek(l.units, l.positions, cursors[i]!, unit, want);
      cursors[i] = c;
      // The driver's (unit, start) only grow: a list run out holds none of the later ones.
      if (c >= l.units.length) break next;
      if (l.units[c] !== unit || l.positions[c] !== want) continue next;
    }
    const list = out.get(unit);
    if (list) list.push(start);
    else out.set(unit, [start]);
  }
  return out;
}

/**
 * The first posting at or after `from` that is not before (unit, position): galloping, then
 * halving, so a rare driver skips through a common list in steps instead of posting by posting.
 */
function seek(units: Uint32Array, positions: Uint32Array, from: number, unit: number, position: number): number {
  const before = (j: number) => units[j]! < unit || (units[j] === unit && positions[j]! < position);
  if (from >= units.length || !before(from)) return from;
  // before(lo) holds; find hi with !before(hi) (or the end), doubling the step.
  let lo = from;
  let step = 1;
  let hi = lo + step;
  while (hi < units.length && before(hi)) { lo = hi; step *= 2; hi = lo + step; }
  if (hi > units.length) hi = units.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid;
    else hi = mid;
  }
  return hi;
}
