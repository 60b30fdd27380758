/**
 * URL slug from a region name: "四川省" → "sichuan", "自贡市" → "zigong".
 * The administrative suffix (省/市/县/区/自治州/自治县/自治区/特别行政区/地区) is dropped.
 * Polyphonic characters are resolved by pinyin-pro's word-level dictionary, which is why
 * the whole name (suffix included) is converted and the suffix syllables cut afterwards:
 * 乐山 → "leshan" (not "yueshan"), 重庆 → "chongqing" (not "zhongqing").
 * Ethnic parts stay: "峨边彝族自治县" → "ebianyizu". ü is written "v" ("吕梁市" → "lvliang").
 * Known limit: names the dictionary gets wrong stay wrong (单县 → "danxian" stem "dan").
 */
import { pinyin } from 'pinyin-pro';
import { removeStraySpaces } from './remove-stray-spaces.ts';

/** Longest first, so "自治县" wins over "县". */
const SUFFIXES = ['特别行政区', '自治区', '自治州', '自治县', '地区', '省', '市', '县', '区'];

/** ASCII slug of a region name without its administrative suffix. */
export function toPinyinSlug(region: string): string {
  const name = removeStraySpaces(region).text;
  const suffix = SUFFIXES.find((x) => name.endsWith(x) && name.length > x.length) ?? '';
  const syllables = pinyin(name, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' });
  // Each Han character of the suffix is one array element at the end.
  const stem = syllables.slice(0, syllables.length - suffix.length);
  return stem
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}
