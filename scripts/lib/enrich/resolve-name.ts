/**
 * Looks one name up in the gazetteer: a full name ("厦门市", "神农架林区"), a short one where
 * it is unambiguous ("四川" → 四川省, "新疆" → 新疆维吾尔自治区), or a compound of full names
 * ("成都市青羊区", "重庆市巫山县", "江苏省泰州市") → the most specific division.
 */
import { scanDivisions } from './find-divisions.ts';
import type { Gazetteer } from './gazetteer.ts';
import { pickDivision, settle, type Resolution } from './pick-division.ts';

/**
 * The division(s) a name means, or null when it is none the gazetteer knows. A compound must be
 * made of full names end to end ("成都市青羊区"); "朝阳区" alone is ambiguous, "北京市朝阳区" is not.
 */
export function resolveName(g: Gazetteer, name: string): Resolution | null {
  const full = g.byName.get(name);
  if (full) return settle(name, full);
  const short = g.byShort.get(name);
  if (short) return settle(name, short);
  const hits = scanDivisions(g, name);
  let end = 0;
  for (const h of hits) end = h.at === end ? end + h.name.length : -1;
  return hits.length > 1 && end === name.length ? pickDivision(hits) : null;
}
