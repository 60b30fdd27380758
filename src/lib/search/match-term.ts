import type { DecodedPostings } from './decode-shard.ts';
import { coverGrams } from './normalize.ts';

/** Start positions of a term in each unit that contains it. */
export type TermMatches = Map<number, number[]>;

const EMPTY: DecodedPostings = { units: new Uint32Array(), positions: new Uint32Array() };

/**
 * Where a folded term (≥ 2 characters) occurs: the bigrams that cover it (coverGrams) must sit at
 * start + their offset in one unit. The rarest of them drives; each other list is walked by a
 * cursor that only moves forward, since postings are sorted by unit, then position, and so are
 * the driver's starts. No set is built: a common bigram ("营商" in every plan) costs one pass
 * over its postings, not a hash of each of them.
 */
export function matchTerm(term: string, postingsOf: (gram: string) => DecodedPostings | undefined): TermMatches {
  const grams = coverGrams(term);
  const lists = grams.map((g) => postingsOf(g.gram) ?? EMPTY);
  let driver = 0;
  lists.forEach((l, i) => { if (l.units.length < lists[driver]!.units.length) driver = i; });
  const cursors = lists.map(() => 0);
  const out: TermMatches = new Map();
  const d = lists[driver]!;
  for (let k = 0; k < d.units.length; k++) {
    const unit = d.units[k]!;
    const start = d.positions[k]! - grams[driver]!.at;
    if (start < 0) continue;
    if (!lists.every((l, i) => i === driver || holds(l, cursors, i, unit, start + grams[i]!.at))) continue;
    let list = out.get(unit);
    if (!list) out.set(unit, (list = []));
    list.push(start);
  }
  return out;
}

/** Whether list `i` has (unit, position), moving its cursor to the first posting not before it. */
function holds(l: DecodedPostings, cursors: number[], i: number, unit: number, position: number): boolean {
  let c = cursors[i]!;
  while (c < l.units.length && (l.units[c]! < unit || (l.units[c] === unit && l.positions[c]! < position))) c++;
  cursors[i] = c;
  return c < l.units.length && l.units[c] === unit && l.positions[c] === position;
}
