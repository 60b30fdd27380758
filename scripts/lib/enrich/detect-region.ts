/**
 * The region a plan governs, read from its issuer, then its title, then the prefix of its 文号,
 * through the gazetteer: "中共泰州市海陵区委办公室 泰州市海陵区人民政府办公室" → 海陵区 (泰州市,
 * 江苏省); "关于印发厦门市2019年优化营商环境实施方案的通知" → 厦门市; "巫山府办发〔2021〕66号" → 巫山县.
 */
import { PROVINCE_ABBREVIATIONS } from './division-names.ts';
import { scanDivisions, type Hit } from './find-divisions.ts';
import type { Division, Gazetteer } from './gazetteer.ts';
import { pickDivision, settle, type Resolution } from './pick-division.ts';

/** The texts a region is read from. */
export interface RegionTexts {
  issuer: string | null;
  title: string | null;
  docNumber: string | null;
}

/** The region found, with where it was read. */
export interface RegionFound {
  /** The division's full name (湘西土家族苗族自治州 for "湘西州"), an ambiguous name, or one the gazetteer lacks as written; null if none. */
  name: string | null;
  /** What the gazetteer says of it; null for a name it lacks. */
  resolution: Resolution | null;
  /** Which text it came from; for 'docNumber', the prefix read ("厦"). */
  from: { text: 'issuer' | 'title' | 'docNumber'; prefix?: string } | null;
}

/** 文号 prefix before the issuing organ: "巫山府办发〔2021〕66号" → "巫山", "川办发…" → "川". */
const DOC_PREFIX = /^(\p{Script=Han}{1,6}?)(?:府|政|办|委)/u;

/**
 * Where the scan finds no division in them, the name a region's own texts begin with, as data,
 * so the warning can name it: an issuer "两江新区管委会" / "中共XX区委办公室" → "两江新区" / "XX区";
 * a title only before its year, "白杨市2023年优化营商环境工作方案" → "白杨市" (a title's first
 * words are not always a place: "关于推进…").
 */
const UNKNOWN_NAMES: { text: 'issuer' | 'title'; pattern: RegExp }[] = [
  { text: 'issuer', pattern: /^(?:中共)?(\p{Script=Han}{1,10}?(?:省|自治区|自治州|市|州|盟|自治县|县|区|旗))/u },
  { text: 'title', pattern: /^(?:关于印发)?(\p{Script=Han}{1,10}?(?:省|自治区|自治州|市|州|盟|自治县|县|区|旗))\d{4}年/u },
];

/**
 * The divisions a 文号 prefix names: a name of two or more characters if the gazetteer has it
 * ("巫山"); one character only if every division it may abbreviate (a province's 简称, a name
 * beginning with it) lies in one of them: "厦" → 厦门市; "川" (四川省, 川汇区) → none.
 */
function docNumberHits(g: Gazetteer, docNumber: string | null): Hit[] {
  const prefix = docNumber ? DOC_PREFIX.exec(docNumber)?.[1] : undefined;
  if (!prefix) return [];
  let divisions: readonly Division[] = g.byName.get(prefix) ?? g.byShort.get(prefix) ?? [];
  if (prefix.length === 1) {
    const province = PROVINCE_ABBREVIATIONS[prefix];
    const named = [...g.byName.entries(), ...g.byShort.entries()].filter(([name]) => name.startsWith(prefix) || name === province).flatMap(([, ds]) => ds);
    const all = [...new Set(named)];
    divisions = all.filter((d) => all.every((e) => e.code.startsWith(d.code.replace(/(00)+$/, ''))));
  }
  return divisions.length > 0 ? [{ name: prefix, at: 0, divisions }] : [];
}

/** Reads the region from issuer, title and 文号; each text's names settle the others' ambiguities. */
export function detectRegion(g: Gazetteer, texts: RegionTexts): RegionFound {
  const issuer = scanDivisions(g, texts.issuer ?? '');
  const title = scanDivisions(g, (texts.title ?? '').replace(/^关于印发/, ''));
  const doc = docNumberHits(g, texts.docNumber);
  const sources = [['issuer', issuer], ['title', title], ['docNumber', doc]] as const;
  for (const [text, hits] of sources) {
    const context = sources.filter(([t]) => t !== text).flatMap(([, h]) => h);
    const resolution = pickDivision(hits, context);
    if (!resolution) continue;
    const name = resolution.kind === 'found' ? resolution.division.name : resolution.name;
    return { name, resolution, from: text === 'docNumber' ? { text, prefix: doc[0]!.name } : { text } };
  }
  for (const { text, pattern } of UNKNOWN_NAMES) {
    const name = pattern.exec(texts[text] ?? '')?.[1];
    // A name the scan set aside as an ordinary word ("城区人民政府") is still a division: ambiguous.
    const known = name ? g.byName.get(name) : undefined;
    if (name) return { name, resolution: known ? settle(name, known) : null, from: { text } };
  }
  return { name: null, resolution: null, from: null };
}
