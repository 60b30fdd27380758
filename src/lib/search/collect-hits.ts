import type { IndexManifest, IndexPage } from './index-format.ts';
import type { TermMatches } from './match-term.ts';
import { unitIndicators } from './unit-indicators.ts';
import { comparisonPages, unitOwnPage } from './unit-pages.ts';

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

/** Indicator ids of each hit unit of a plan (unitIndicators), read once per unit. */
type UnitIndicators = Map<number, readonly string[]>;

/** Whether a hit on `page` has one of the `chosen` values of `facet`. */
function passes(page: IndexPage, hit: UnitHit, facet: Facet, chosen: Set<string>, ind: UnitIndicators): boolean {
  if (facet === 'indicator') return page.indicator ? chosen.has(page.indicator) : (ind.get(hit.unit) ?? []).some((v) => chosen.has(v));
  if (facet === 'kind') return chosen.has(page.kind);
  const v = hit.source.facets[facet];
  return v !== undefined && chosen.has(v);
}

/** Counts a hit on `page` for each of its values of `facet`. */
function count(into: Record<string, number>, page: IndexPage, hit: UnitHit, facet: Facet, ind: UnitIndicators): void {
  if (facet === 'indicator') {
    if (page.indicator) into[page.indicator] = (into[page.indicator] ?? 0) + 1;
    else for (const v of ind.get(hit.unit) ?? []) into[v] = (into[v] ?? 0) + 1;
  } else if (facet === 'kind') into[page.kind] = (into[page.kind] ?? 0) + 1;
  else {
    const v = hit.source.facets[facet];
    if (v !== undefined) into[v] = (into[v] ?? 0) + 1;
  }
}

/**
 * Units holding any term (with how many), grouped by each page they are shown on, in unit order
 * within a page; one hit object per unit, shared by its own page and its comparison pages.
 */
function hitsByPage(m: IndexManifest, matches: TermMatches[], ind: UnitIndicators): Map<IndexPage, UnitHit[]> {
  const terms = new Map<number, number>();
  for (const t of matches) for (const unit of t.keys()) terms.set(unit, (terms.get(unit) ?? 0) + 1);
  const units = [...terms.keys()].sort((a, b) => a - b);
  const out = new Map<IndexPage, UnitHit[]>();
  const add = (page: IndexPage, hit: UnitHit) => {
    const hits = out.get(page);
    if (hits) hits.push(hit);
    else out.set(page, [hit]);
  };
  for (const unit of units) {
    const own = unitOwnPage(m, unit);
    if (!own) continue;
    const hit: UnitHit = { unit, source: own, terms: terms.get(unit)! };
    add(own, hit);
    if (own.kind !== 'plan') continue;
    const ids = unitIndicators(m, unit);
    ind.set(unit, ids);
    for (const id of ids) for (const page of comparisonPages(m, id)) add(page, hit);
  }
  return out;
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
  const chosen = FACETS.map((f) => (filters[f]?.length ? new Set(filters[f]) : null));
  if (matches.length === 0) return { pages, counts, total };
  const ind: UnitIndicators = new Map();
  for (const [page, candidates] of hitsByPage(m, matches, ind)) {
    if (!matches.every((t) => candidates.some((x) => t.has(x.unit)))) continue;
    const hits: UnitHit[] = [];
    for (const hit of candidates) {
      // A hit counts for a facet's values when it passes every other facet's filter.
      let failed = 0;
      let failedAt = -1;
      for (let i = 0; i < FACETS.length; i++) {
        if (chosen[i] !== null && !passes(page, hit, FACETS[i]!, chosen[i]!, ind)) { failed++; failedAt = i; }
      }
      if (failed > 1) continue;
      for (let i = 0; i < FACETS.length; i++) if (failed === 0 || i === failedAt) count(counts[FACETS[i]!], page, hit, FACETS[i]!, ind);
      if (failed === 0) hits.push(hit);
    }
    if (hits.length === 0) continue;
    hits.sort((a, b) => b.terms - a.terms || a.unit - b.unit);
    total += hits.length;
    pages.push({ page, hits });
  }
  // Counted once per page, not in each comparison of the sort (thousands of pages at national scale).
  const fullCounts = new Map(pages.map((p) => [p, p.hits.filter((h) => h.terms === matches.length).length]));
  const full = (p: PageHits) => fullCounts.get(p)!;
  const index = new Map(m.pages.map((p, i) => [p, i]));
  const order = (p: PageHits) => index.get(p.page)!;
  // Plans' own text first, then the comparison pages that repeat their measures by indicator.
  const kind = (p: PageHits) => (p.page.kind === 'plan' ? 0 : 1);
  pages.sort((a, b) => kind(a) - kind(b) || full(b) - full(a) || b.hits.length - a.hits.length || order(a) - order(b));
  return { pages, counts, total };
}
