/**
 * Which plans' measures an indicator page loads when plans are many: the plan filter in the URL,
 * `?province=sichuan&level=city&year=2023&plan=leshan-2023`. Nothing is loaded until a province
 * or a plan is named (all 3,000 plans' measures would be the 27 MB page this replaces); level and
 * year narrow what the provinces and named plans give. Pure: the client script and tests share it.
 */

/** One plan as the plan index (/data/plan-index.json) lists it. */
export interface IndexPlan {
  slug: string;
  /** Region and year, "乐山市 2023". */
  name: string;
  /** Province slug ("sichuan"). */
  province: string;
  /** Level id or "unknown". */
  level: string;
  /** Year or "unknown". */
  year: string;
  /** Pinyin of the region without its suffix ("leshan"), for finding a region typed in Latin letters. */
  pinyin: string;
}

/** The plan index: provinces (slug, name) and plans. */
export interface PlanIndex {
  provinces: [string, string][];
  plans: IndexPlan[];
}

/** The facets of the filter at scale. */
export const SCALE_FACETS = ['province', 'level', 'year', 'plan'] as const;
/** Chosen values per facet; null where the URL does not narrow. */
export type ScaleFilter = Record<(typeof SCALE_FACETS)[number], string[] | null>;

/** The filter from a query string. */
export function parseScaleFilter(search: string): ScaleFilter {
  const q = new URLSearchParams(search);
  const get = (f: string) => (q.get(f) === null ? null : q.get(f)!.split(',').filter(Boolean));
  return { province: get('province'), level: get('level'), year: get('year'), plan: get('plan') };
}

/** The query string of a filter ("" when nothing narrows), facets in a fixed order. */
export function scaleQuery(f: ScaleFilter): string {
  const parts = SCALE_FACETS.filter((k) => f[k] !== null).map((k) => `${k}=${f[k]!.map(encodeURIComponent).join(',')}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** The plans a filter chooses: those of the named provinces and the named plans, narrowed by level and year. */
export function chosenPlans(plans: readonly IndexPlan[], f: ScaleFilter): IndexPlan[] {
  return plans.filter((p) => (f.province?.includes(p.province) || f.plan?.includes(p.slug))
    && (f.level === null || f.level.includes(p.level))
    && (f.year === null || f.year.includes(p.year)));
}

/** Plans whose name or pinyin contains every word typed (case-insensitive), at most `max`. */
export function findPlans(plans: readonly IndexPlan[], typed: string, max = 20): IndexPlan[] {
  const words = typed.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return plans.filter((p) => words.every((w) => p.name.toLowerCase().includes(w) || p.pinyin.includes(w) || p.slug.includes(w))).slice(0, max);
}
