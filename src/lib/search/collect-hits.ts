import type { IndexManifest, IndexPage } from './index-format.ts';
import type { TermMatches } from './match-term.ts';
import { pageMembers, type Member } from './page-members.ts';
import { unitIndicators } from './unit-indicators.ts';

/** Facets the search page offers, in display order. */
export const FACETS = ['kind', 'province', 'region', 'level', 'year', 'indicator'] as const;
export type Facet = (typeof FACETS)[number];
/** Selected values per facet: OR within a facet, AND across facets. */
export type Filters = Partial<Record<Facet, string[]>>;

/** A unit that contains at least one term, in a page that contains all of them. */
export interface UnitHit {
  unit: number;
  /** The plan page the unit comes from (differs from the result page on comparison pages). */
  source: IndexPage;
  /** How many of the query's terms occur in this unit. */
  terms: number;
}

/** A page with its hits, best first. */
export interface PageHits {
  page: IndexPage;
  hits: UnitHit[];
}

/** Everything the result list and the filter counts need. */
export interface Collected {
  pages: PageHits[];
  /** Number of hits per facet value, with every other facet's filter applied. */
  counts: Record<Facet, Record<string, number>>;
  total: number;
}

/** The values a hit on `page` has for a facet. */
function valuesOf(m: IndexManifest, page: IndexPage, hit: Member, facet: Facet): string[] {
  if (facet === 'kind') return [page.kind];
  if (facet === 'indicator') return page.indicator ? [page.indicator] : unitIndicators(m, hit.unit);
  const v = hit.source.facets[facet];
  return v === undefined ? [] : [v];
}

/**
 * Joins per-term matches into page results: a page qualifies when its units contain every term
 * (AND), its hits are the units holding any term, units with all terms first. Filters apply per
 * hit; counts are computed per facet with the other facets' filters, so a user sees what each
 * choice would give.
 */
export function collectHits(m: IndexManifest, matches: TermMatches[], filters: Filters): Collected {
  const counts = Object.fromEntries(FACETS.map((f) => [f, {}])) as Collected['counts'];
  const pages: PageHits[] = [];
  let total = 0;
  const passes = (page: IndexPage, hit: Member, skip: Facet | null) =>
    FACETS.every((f) => f === skip || !filters[f]?.length || valuesOf(m, page, hit, f).some((v) => filters[f]!.includes(v)));
  for (const [page, members] of pageMembers(m)) {
    if (matches.length === 0 || !matches.every((t) => members.some((x) => t.has(x.unit)))) continue;
    const hits: UnitHit[] = [];
    for (const member of members) {
      const terms = matches.filter((t) => t.has(member.unit)).length;
      if (terms === 0) continue;
      for (const f of FACETS) {
        if (!passes(page, member, f)) continue;
        for (const v of valuesOf(m, page, member, f)) counts[f][v] = (counts[f][v] ?? 0) + 1;
      }
      if (passes(page, member, null)) hits.push({ unit: member.unit, source: member.source, terms });
    }
    if (hits.length === 0) continue;
    hits.sort((a, b) => b.terms - a.terms || a.unit - b.unit);
    total += hits.length;
    pages.push({ page, hits });
  }
  const full = (p: PageHits) => p.hits.filter((h) => h.terms === matches.length).length;
  const order = (p: PageHits) => m.pages.indexOf(p.page);
  // Plans' own text first, then the comparison pages that repeat their measures by indicator.
  const kind = (p: PageHits) => (p.page.kind === 'plan' ? 0 : 1);
  pages.sort((a, b) => kind(a) - kind(b) || full(b) - full(a) || b.hits.length - a.hits.length || order(a) - order(b));
  return { pages, counts, total };
}
