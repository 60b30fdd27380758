import type { DecodedPostings } from './decode-shard.ts';
import { bigrams } from './normalize.ts';

/** Start positions of a term in each unit that contains it. */
export type TermMatches = Map<number, number[]>;

const EMPTY: DecodedPostings = { units: new Uint32Array(), positions: new Uint32Array() };

/**
 * Where a folded term (≥ 2 characters) occurs: its bigrams must sit at consecutive positions of
 * one unit. The rarest bigram drives; the others are checked by lookup, so the cost follows the
 * rarest bigram, not the commonest ("营商环境" is driven by "商环", not "营商").
 */
export function matchTerm(term: string, postingsOf: (gram: string) => DecodedPostings | undefined): TermMatches {
  const grams = bigrams(term);
  const lists = grams.map((g) => postingsOf(g) ?? EMPTY);
  let driver = 0;
  lists.forEach((l, i) => { if (l.units.length < lists[driver]!.units.length) driver = i; });
  const sets = lists.map((l, i) => {
    if (i === driver) return null;
    const s = new Set<number>();
    for (let k = 0; k < l.units.length; k++) s.add(l.units[k]! * 0x100000 + l.positions[k]!);
    return s;
  });
  const out: TermMatches = new Map();
  const d = lists[driver]!;
  for (let k = 0; k < d.units.length; k++) {
    const unit = d.units[k]!;
    const start = d.positions[k]! - driver;
    if (start < 0) continue;
    if (!sets.every((s, i) => s === null || s.has(unit * 0x100000 + start + i))) continue;
    let list = out.get(unit);
    if (!list) out.set(unit, (list = []));
    list.push(start);
  }
  return out;
}
