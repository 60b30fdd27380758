import type { IndexManifest, IndexPage } from './index-format.ts';
import type { TermMatches } from './match-term.ts';
import { unitIndicators } from './unit-indicators.ts';
import { unitPages } from './unit-pages.ts';

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
function valuesOf(m: IndexManifest, page: IndexPage, hit: UnitHit, facet: Facet): readonly string[] {
  if (facet === 'indicator') return page.indicator ? [page.indicator] : unitIndicators(m, hit.unit);
  if (facet === 'kind') return [page.kind];
  const v = hit.source.facets[facet];
  return v === undefined ? [] : [v];
}

/** Units holding any term (with how many), grouped by each page they are shown on, in unit order within a page. */
function hitsByPage(m: IndexManifest, matches: TermMatches[]): Map<IndexPage, UnitHit[]> {
  const terms = new Map<number, number>();
  for (const t of matches) for (const unit of t.keys()) terms.set(unit, (terms.get(unit) ?? 0) + 1);
  const units = [...terms.keys()].sort((a, b) => a - b);
  const out = new Map<IndexPage, UnitHit[]>();
  for (const unit of units) {
    for (const { page, source } of unitPages(m, unit)) {
      let hits = out.get(page);
      if (!hits) out.set(page, (hits = []));
      hits.push({ unit, source, terms: terms.get(unit)! });
    }
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
  const values: (readonly string[])[] = [];
  const ok: boolean[] = [];
  for (const [page, candidates] of hitsByPage(m, matches)) {
    if (!matches.every((t) => candidates.some((x) => t.has(x.unit)))) continue;
    const hits: UnitHit[] = [];
    for (const hit of candidates) {
      // A hit counts for a facet's values when it passes every other facet's filter.
      let failed = 0;
      FACETS.forEach((f, i) => {
        values[i] = valuesOf(m, page, hit, f);
        ok[i] = chosen[i] === null || values[i]!.some((v) => chosen[i]!.has(v));
        if (!ok[i]) failed++;
      });
      if (failed > 1) continue;
      FACETS.forEach((f, i) => {
        if (failed === 1 && ok[i]) return;
        for (const v of values[i]!) counts[f][v] = (counts[f][v] ?? 0) + 1;
      });
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
