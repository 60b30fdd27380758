import type { Level } from '../../../src/model/schema.ts';
import type { RegionsFile } from '../../../src/model/regions.ts';

/** Province-level municipalities: each is its own province. */
const MUNICIPALITIES = new Set(['北京市', '天津市', '上海市', '重庆市']);

/** Region, province and level of a plan, with a reason when something is unknown. */
export interface RegionInfo {
  province: string;
  level: Level | null;
  slugStem: string | null;
  warning: string | null;
}

/** Level from the region's name: 省 / 自治区 / municipality → province; 市 / 州 / 盟 → city; 县 / 区 / 旗 → county. */
export function levelOfName(region: string): Level | null {
  if (/(省|自治区)$/.test(region) || MUNICIPALITIES.has(region)) return 'province';
  if (/(市|自治州|州|盟|地区)$/.test(region)) return 'city';
  if (/(县|区|旗)$/.test(region)) return 'county';
  return null;
}

/**
 * Province and level of a region: what the name tells (四川省 is a province; 资阳市 a city),
 * plus the curated regions file for what no text says (巫山县 belongs to 重庆市).
 */
export function regionFacts(region: string, curated: RegionsFile): RegionInfo {
  const facts = curated.regions[region];
  const level = facts?.level ?? levelOfName(region);
  if (levelOfName(region) === 'province') return { province: region, level, slugStem: facts?.slug ?? null, warning: null };
  if (facts) return { province: facts.province, level, slugStem: facts.slug ?? null, warning: null };
  return {
    province: '未注明',
    level,
    slugStem: null,
    warning: `region "${region}" is not in content/regions.json, so its province is unknown; add an entry such as { "${region}": { "province": "四川省" } }`,
  };
}
