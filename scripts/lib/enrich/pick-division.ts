/**
 * Settles which division a set of names means: the most specific one consistent with the first
 * name ("中共泰州市海陵区委办公室" → 海陵区 of 泰州市), an ambiguous name settled by the others
 * ("北京市朝阳区" → 北京's 朝阳区), or, where nothing settles it, every candidate left.
 */
import { nested, type Division } from './gazetteer.ts';
import type { Hit } from './find-divisions.ts';

/** What a name or a text resolves to. */
export type Resolution =
  | { kind: 'found'; division: Division }
  | { kind: 'ambiguous'; name: string; candidates: readonly Division[] };

/** A name with its divisions: found if one, ambiguous if several. */
export function settle(name: string, divisions: readonly Division[]): Resolution {
  return divisions.length === 1 ? { kind: 'found', division: divisions[0]! } : { kind: 'ambiguous', name, candidates: divisions };
}

/** Depth of a level: the deeper, the more specific. */
const DEPTH = { province: 0, city: 1, county: 2 } as const;

/**
 * The division meant by `primary` (names of one text, in order: the issuer's, say), with
 * `context` (names of the other texts: title, 文号) as tie-breaker. The first name anchors: names
 * outside it are other governments ("学习上海市…" in a 泰州 title, a co-issuer). Of the rest the
 * deepest wins; among equally deep candidates, the one that more names agree with.
 */
export function pickDivision(primary: readonly Hit[], context: readonly Hit[] = []): Resolution | null {
  const anchor = primary[0];
  if (!anchor) return null;
  const all = [...primary, ...context];
  const support = (d: Division) => all.filter((h) => h.divisions.some((e) => nested(d, e))).length;
  const pool = [...new Set(primary.flatMap((h) => h.divisions))].filter((d) => anchor.divisions.some((a) => nested(d, a)));
  const depth = Math.max(...pool.map((d) => DEPTH[d.level]));
  const deepest = pool.filter((d) => DEPTH[d.level] === depth);
  const most = Math.max(...deepest.map(support));
  const best = deepest.filter((d) => support(d) === most);
  // Two different names equally deep and supported ("青羊区 锦江区"): the first named is meant.
  const meant = best.filter((d) => d.name === best[0]!.name);
  return meant.length === 1 ? { kind: 'found', division: meant[0]! } : { kind: 'ambiguous', name: meant[0]!.name, candidates: meant };
}
