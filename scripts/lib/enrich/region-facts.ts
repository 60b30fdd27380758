/** Province, prefecture, level and GB/T 2260 code of a plan's region: the gazetteer's answer, or content/regions.json's override. */
import type { Level } from '../../../src/model/schema.ts';
import type { RegionsFile } from '../../../src/model/regions.ts';
import type { RegionFound } from './detect-region.ts';
import type { Division, Gazetteer } from './gazetteer.ts';

/** What the enrich stage knows of regions: the national gazetteer and content/regions.json's overrides. */
export interface Regions {
  gazetteer: Gazetteer;
  /** content/regions.json */
  overrides: RegionsFile;
}

/** Region, province, prefecture, level and code of a plan, with warnings where something is unknown. */
export interface RegionInfo {
  region: string;
  province: string;
  city: string | null;
  level: Level | null;
  divisionCode: string | null;
  slugStem: string | null;
  warnings: string[];
}

const UNKNOWN = '未注明';

/** The facts a division gives. */
function factsOf(d: Division): Omit<RegionInfo, 'region' | 'slugStem' | 'warnings'> {
  return { province: d.province, city: d.city, level: d.level, divisionCode: d.code };
}

/** The value every candidate shares, or `none`. */
function shared<T>(values: T[], none: T): T {
  return values.every((v) => v === values[0]) && values.length > 0 ? values[0]! : none;
}

/** "北京市" for a 直辖市's district, "吉林省长春市" under a prefecture. */
const placeOf = (d: Division) => `${d.province}${d.city ?? ''}`;

/**
 * Facts of the region `found` in a plan's text: the gazetteer's, with content/regions.json's
 * override on top (a name the gazetteer lacks, an ambiguous name settled, a level, a slug).
 */
export function regionFacts(found: RegionFound, regions: Regions): RegionInfo {
  const info = gazetteerFacts(found, regions.gazetteer);
  const override = found.name === null ? undefined : regions.overrides.regions[found.name];
  if (!override) return info;
  const { resolution } = found;
  const candidates = !resolution ? [] : resolution.kind === 'found' ? [resolution.division] : resolution.candidates;
  let facts = { province: info.province, city: info.city, level: info.level, divisionCode: info.divisionCode, warnings: info.warnings };
  if (override.province) {
    // The gazetteer's division when the override picks one ("鼓楼区" + 福建省), else the override alone.
    const meant = candidates.filter((d) => d.province === override.province && (override.city === undefined || d.city === override.city));
    facts = meant.length === 1 ? { ...factsOf(meant[0]!), warnings: [] } : { province: override.province, city: override.city ?? null, level: null, divisionCode: null, warnings: [] };
  }
  return { ...info, ...facts, level: override.level ?? facts.level, slugStem: override.slug ?? null };
}

/**
 * What the gazetteer says of `found`. An ambiguous name keeps what its candidates share (two
 * 鼓楼区 of 江苏省 share the province); warnings say what is missing and suggest nothing false.
 */
function gazetteerFacts(found: RegionFound, g: Gazetteer): RegionInfo {
  const { name, resolution, from } = found;
  if (name === null) return { region: UNKNOWN, province: UNKNOWN, city: null, level: null, divisionCode: null, slugStem: null, warnings: ['no region found in the issuer, title or 文号'] };
  const source = `GB/T 2260 as known to ${g.source}`;
  if (!resolution) {
    return {
      region: name, province: UNKNOWN, city: null, level: null, divisionCode: null, slugStem: null,
      warnings: [`region "${name}" is not a division of ${source}; if it is, add it to content/regions.json as { "${name}": { "province": "<its province>" } }`],
    };
  }
  if (resolution.kind === 'found') {
    const warnings = from?.text === 'docNumber'
      ? [`region "${name}" was read from the 文号's prefix "${from.prefix ?? ''}" alone (the issuer and title name no division of ${source}); if that is not the plan's region, name it in the issuer or title`]
      : [];
    return { region: name, ...factsOf(resolution.division), slugStem: null, warnings };
  }
  const { candidates } = resolution;
  const places = candidates.map(placeOf);
  const list = `${places.slice(0, -1).join(', ')} or ${places.at(-1)!}`;
  return {
    region: name, province: shared(candidates.map((d) => d.province), UNKNOWN), city: shared(candidates.map((d) => d.city), null),
    level: shared(candidates.map((d) => d.level), null), divisionCode: null, slugStem: null,
    warnings: [`region "${name}" is in ${list} (${source}); the issuer, title and 文号 do not say which: name the city there, or add the one meant to content/regions.json as { "${name}": { "province": "<its province>", "city": "<its city>" } }`],
  };
}
