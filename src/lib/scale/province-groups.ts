/**
 * Plans grouped for pages that must stay light at thousands of plans: by province (31 province-
 * level units, "未注明" when unknown), then region, then year. Pure; every page at scale shares it.
 */
import type { Plan } from '../../model/schema.ts';
import { toPinyinSlug } from '../../../scripts/lib/text/to-pinyin-slug.ts';

/**
 * Slugs the pinyin gets wrong or makes ambiguous, as data:
 *   陕西省 and 山西省 are both "shanxi" without tones; 陕西 is conventionally written "shaanxi".
 *   "未注明" (province unknown) gets a word, not "weizhuming".
 */
const SLUG_OVERRIDES: Record<string, string> = { 陕西省: 'shaanxi', 未注明: 'unknown' };

/** URL slug of a province-level unit: "四川省" → "sichuan", "陕西省" → "shaanxi". */
export const provinceSlug = (province: string): string => SLUG_OVERRIDES[province] ?? (toPinyinSlug(province) || 'unknown');

/** One province and its plans (in the order given). */
export interface ProvinceGroup<P = Plan> {
  province: string;
  slug: string;
  plans: P[];
}

/** Plans (or anything with a plan's metadata) by province, provinces in Chinese collation order with "未注明" last. */
export function byProvince<P extends Pick<Plan, 'meta'> = Plan>(plans: readonly P[]): ProvinceGroup<P>[] {
  const groups = new Map<string, P[]>();
  for (const p of plans) groups.set(p.meta.province, [...(groups.get(p.meta.province) ?? []), p]);
  return [...groups.entries()]
    .sort(([a], [b]) => Number(a === '未注明') - Number(b === '未注明') || a.localeCompare(b, 'zh-CN'))
    .map(([province, ps]) => ({ province, slug: provinceSlug(province), plans: ps }));
}

/** One region of a province and its plans, newest year first. */
export interface RegionGroup {
  region: string;
  /** Prefecture the region belongs to, if any ("成都市" for 青羊区). */
  city: string | null;
  plans: Plan[];
}

/** A province's plans by region (prefecture before its counties, then collation order), newest year first. */
export function byRegion(plans: readonly Plan[]): RegionGroup[] {
  const groups = new Map<string, Plan[]>();
  for (const p of plans) groups.set(p.meta.region, [...(groups.get(p.meta.region) ?? []), p]);
  const key = (g: RegionGroup) => `${g.city ?? g.region}\u0000${g.city ? g.region : ''}`;
  return [...groups.entries()]
    .map(([region, ps]) => ({ region, city: ps[0]!.meta.city ?? null, plans: [...ps].sort((a, b) => (b.meta.year ?? 0) - (a.meta.year ?? 0)) }))
    .sort((a, b) => key(a).localeCompare(key(b), 'zh-CN'));
}

/**
 * How many plans a static per-province page lists before it continues on a next page: at about
 * 9 KB of comparison per plan (measured at 500 plans), 40 plans stay under 400 KB of HTML.
 */
export const PAGE_PLANS = 40;

/** Plans a page of a per-province matrix (/indicators/by-province/): its heatmap and table take about 9 KB a plan. */
export const MATRIX_PAGE_PLANS = 30;

/** `items` in pages of `size` (at least one page, possibly empty). */
export function pages<T>(items: readonly T[], size = PAGE_PLANS): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length > 0 ? out : [[]];
}

/**
 * `items` in pages of at most `max` weight and `maxCount` items (at least one page; an item
 * heavier than `max` gets a page of its own). Indicator pages weigh plans by their items: about
 * 1 KB of HTML each, and one plan has 3 items on one indicator and 30 on another.
 */
export function pagesByWeight<T>(items: readonly T[], weight: (t: T) => number, max: number, maxCount = PAGE_PLANS): T[][] {
  const out: T[][] = [[]];
  let sum = 0;
  for (const item of items) {
    const w = weight(item);
    const last = out.at(-1)!;
    if (last.length > 0 && (sum + w > max || last.length >= maxCount)) { out.push([item]); sum = w; } else { last.push(item); sum += w; }
  }
  return out;
}

/** Path segment of page `n` (1-based) of a paginated list: "" for the first, "2/" for the second. */
export const pageSegment = (n: number): string => (n <= 1 ? '' : `${n}/`);

/** URL of the static page with every plan of a province on an indicator (page `n` of it). */
export const provinceIndicatorUrl = (indicator: string, province: string, n = 1): string => `/indicators/${indicator}/${province}/${pageSegment(n)}`;

/**
 * How many plans setting a headline target an indicator page lists in its headline table (and
 * charts). About 3 KB a plan: 60 keep that section near 200 KB; past it the page counts them per
 * province and the per-province pages hold the tables.
 */
export const MAX_HEADLINE_PLANS = 60;
