import type { IndexManifest, IndexPage } from './index-format.ts';
import { unitIndicators } from './unit-indicators.ts';

/** The units a page shows, each with the page it comes from (for facets and links). */
export interface Member {
  unit: number;
  /** The plan page the unit belongs to; the page itself for its own units. */
  source: IndexPage;
}

const cache = new WeakMap<IndexManifest, Map<IndexPage, Member[]>>();

/**
 * Units per page: a plan page has its own range; an indicator comparison page has its own units
 * (description, metric names) plus every measure of every plan classified under its indicator —
 * so a hit on a measure also lands on the comparison where it stands, without indexing its text twice.
 */
export function pageMembers(m: IndexManifest): Map<IndexPage, Member[]> {
  let members = cache.get(m);
  if (members) return members;
  members = new Map();
  const plans = m.pages.filter((p) => p.kind === 'plan');
  for (const page of m.pages) {
    const own: Member[] = [];
    for (let u = page.start; u < page.end; u++) own.push({ unit: u, source: page });
    if (page.kind === 'indicator' && page.indicator) {
      for (const plan of plans) for (let u = plan.start; u < plan.end; u++) if (unitIndicators(m, u).includes(page.indicator)) own.push({ unit: u, source: plan });
    }
    members.set(page, own);
  }
  cache.set(m, members);
  return members;
}
