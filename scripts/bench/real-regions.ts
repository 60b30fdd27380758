/**
 * Real regions for synthetic plans (issue 13: pages at national scale group plans by province,
 * so the benchmark's plans must fall into provinces as real ones do). Every GB/T 2260 division of
 * the 31 province-level units that a plan can name without ambiguity: by its name where name and
 * short name are unique in the country ("青羊区"), else, for a county, with its city in front as
 * plans write it ("南京市鼓楼区": 鼓楼区 is in four cities). A fixed shuffled order, so the first
 * 500 spread over the provinces like the first 3,000, and a corpus of N is still the first N
 * plans of any larger corpus.
 */
import { shortName } from '../lib/enrich/division-names.ts';
import type { Division, Gazetteer } from '../lib/enrich/gazetteer.ts';
import { prng } from './prng.ts';

/** A region a synthetic plan is written for: full name and the stem plans use alone. */
export interface RegionName {
  /** "青羊区", "资阳市", "四川省", "南京市鼓楼区". */
  name: string;
  /** "青羊", "资阳", "四川", "鼓楼". */
  stem: string;
}

/** Every unambiguous division, in a shuffled order that does not depend on how many are asked for. */
export function realRegionOrder(gazetteer: Gazetteer): RegionName[] {
  const out: { name: string; stem: string; code: string }[] = [];
  const seen = new Set<string>();
  for (const [name, divisions] of gazetteer.byName) {
    for (const d of divisions) {
      // Aliases ("湘西州") point at a division of another full name; 71/81/82 (台湾, 香港, 澳门) issue no such plans.
      if (d.name !== name || Number(d.code.slice(0, 2)) > 65 || seen.has(d.code)) continue;
      const stem = shortName(name);
      if (!stem) continue;
      const named = unique(gazetteer, name, stem) ? name : d.level === 'county' && d.city && sameInCity(divisions, d) ? `${d.city}${name}` : null;
      if (named === null) continue;
      seen.add(d.code);
      out.push({ name: named, stem, code: d.code });
    }
  }
  out.sort((a, b) => a.code.localeCompare(b.code));
  // Fisher–Yates with a fixed seed: the same order on every machine.
  const rand = prng(2260);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out.map(({ name, stem }) => ({ name, stem }));
}

/** True when no other division has this full name or this short name. */
function unique(gazetteer: Gazetteer, name: string, stem: string): boolean {
  return gazetteer.byName.get(name)?.length === 1 && gazetteer.byShort.get(stem)?.length === 1;
}

/** True when `d` is the only division of its name in its city. */
function sameInCity(divisions: readonly Division[], d: Division): boolean {
  return divisions.filter((o) => o.city === d.city).length === 1;
}

/** The first `n` regions of that order; more than there are is an error naming both counts. */
export function realRegions(gazetteer: Gazetteer, n: number): RegionName[] {
  const order = realRegionOrder(gazetteer);
  if (n > order.length) throw new Error(`only ${order.length} unambiguous regions in ${gazetteer.source}, ${n} asked`);
  return order.slice(0, n);
}
