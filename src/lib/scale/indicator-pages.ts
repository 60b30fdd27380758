/**
 * How a province's plans are split over the static pages of one indicator
 * (/indicators/<id>/<province>/, /2/ …): by the items they list there, so a page stays under the
 * 500 KB budget whatever the indicator (government services lists ten times the items of
 * electricity). The per-province matrix links each count to the page that holds the plan.
 */
import type { Plan } from '../../model/schema.ts';
import { planItems } from '../compare/plan-items.ts';
import { pagesByWeight, type ProvinceGroup } from './province-groups.ts';

/** Items per page: about 1 KB of HTML each, plus the page's headline table. */
export const MAX_PAGE_ITEMS = 250;

const cache = new Map<string, Plan[][]>();

/** The pages of a province's plans on an indicator (each plan weighs its items, plus one for its heading). */
export function indicatorPages(group: ProvinceGroup, indicator: string): Plan[][] {
  const key = `${indicator}\u0000${group.slug}`;
  let pages = cache.get(key);
  if (!pages) cache.set(key, (pages = pagesByWeight(group.plans, (p) => 1 + planItems(p, indicator).length, MAX_PAGE_ITEMS)));
  return pages;
}

/** The page (1-based) that holds a plan of the province on the indicator. */
export function pageOfPlan(group: ProvinceGroup, indicator: string, slug: string): number {
  return indicatorPages(group, indicator).findIndex((page) => page.some((p) => p.slug === slug)) + 1;
}
