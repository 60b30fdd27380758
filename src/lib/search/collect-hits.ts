import type { IndexManifest, IndexPage } from './index-format.ts';
import type { TermMatches } from './match-term.ts';

/** Facets the search page offers, in display order. */
export const FACETS = ['kind', 'province', 'region', 'level', 'year', 'indicator'] as const;
export type Facet = (typeof FACETS)[number];
/** Selected values per facet: OR within a facet, AND across facets. */
export type Filters = Partial<Record<Facet, string[]>>;

/** A unit that contains at least one term, in a page that contains all of them. */
export interface UnitHit {
  unit: number;
  /** How many of the query's terms occur in this unit. */
  terms: number;
  /** Folded start positions per term index (empty when the term is not in this unit). */
  starts: number[][];
}

/** A page with its hits, best first. */
export interface PageHits {
  page: IndexPage;
  hits: UnitHit[];
}

/** Everything the result list and the filter counts need. */
export interface Collected {
  pages: PageHits[];
  /** Number of hits (units) per facet value, with every other facet's filter applied. */
  counts: Record<Facet, Record<string, number>>;
  total: number;
}

const decoded = new WeakMap<IndexManifest, string[][]>();

/** Indicator ids of a unit, decoded once per manifest from its compact string. */
export function unitIndicators(m: IndexManifest, unit: number): string[] {
  let all = decoded.get(m);
  if (!all) {
    all = [];
    for (const ch of m.unitIndicators) {
      if (ch === '.') all.push([]);
      else if (ch >= 'A' && ch <= 'Z') all.push([m.indicators[ch.charCodeAt(0) - 65]!.id]);
      else all[all.length - 1]!.push(m.indicators[ch.charCodeAt(0) - 97]!.id);
    }
    decoded.set(m, all);
  }
  return all[unit] ?? [];
}

/** The values a hit has for a facet. */
function valuesOf(m: IndexManifest, page: IndexPage, unit: number, facet: Facet): string[] {
  if (facet === 'kind') return [page.kind];
  if (facet === 'indicator') return unitIndicators(m, unit);
  const v = page.facets[facet];
  return v === undefined ? [] : [v];
}

/**
 * Joins per-term matches into page results: a page qualifies when it contains every term
 * (AND), its hits are the units holding any term, units with all terms first. Filters apply per
 * hit; counts are computed per facet with the other facets' filters, so a user sees what each
 * choice would give.
 */
export function collectHits(m: IndexManifest, matches: TermMatches[], filters: Filters): Collected {
  const counts = Object.fromEntries(FACETS.map((f) => [f, {}])) as Collected['counts'];
  const pages: PageHits[] = [];
  let total = 0;
  const passes = (page: IndexPage, unit: number, skip: Facet | null) =>
    FACETS.every((f) => f === skip || !filters[f]?.length || valuesOf(m, page, unit, f).some((v) => filters[f]!.includes(v)));
  for (const page of m.pages) {
    const inPage = (t: TermMatches) => [...t.keys()].some((u) => u >= page.start && u < page.end);
    if (matches.length === 0 || !matches.every(inPage)) continue;
    const hits: UnitHit[] = [];
    for (let u = page.start; u < page.end; u++) {
      const starts = matches.map((t) => t.get(u) ?? []);
      const terms = starts.filter((s) => s.length > 0).length;
      if (terms === 0) continue;
      for (const f of FACETS) {
        if (!passes(page, u, f)) continue;
        for (const v of valuesOf(m, page, u, f)) counts[f][v] = (counts[f][v] ?? 0) + 1;
      }
      if (passes(page, u, null)) hits.push({ unit: u, terms, starts });
    }
    if (hits.length === 0) continue;
    hits.sort((a, b) => b.terms - a.terms || a.unit - b.unit);
    total += hits.length;
    pages.push({ page, hits });
  }
  const full = (p: PageHits) => p.hits.filter((h) => h.terms === matches.length).length;
  pages.sort((a, b) => full(b) - full(a) || b.hits.length - a.hits.length || a.page.start - b.page.start);
  return { pages, counts, total };
}
