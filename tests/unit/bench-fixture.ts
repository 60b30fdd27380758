/** Bench results for the bench's unit tests: a corpus with the figures the budgets read, everything else neutral. */
import { emptyStats } from '../../scripts/bench/dir-stats.ts';
import type { PageWeight } from '../../scripts/bench/page-weight.ts';
import type { BenchResults, CorpusResult, SiteResult } from '../../scripts/bench/results.ts';
import type { QueryFigures } from '../../scripts/bench/search-bench.ts';

/** One site's figures: build seconds, peak RSS, dist bytes, largest page, page DCLs, and per-query search figures. */
export interface SiteSpec {
  wallS: number;
  pipelineS?: number | null;
  peakRss?: number;
  dist?: number;
  largest?: { path: string; bytes: number };
  /** DCL ms per page type ("home", "plan (text)" …; the baseline's is "plan"). */
  dcl?: Record<string, number>;
  js?: number;
  cold?: { ms: number | null; bytes: number }[];
  warm?: { ms: number | null; bytes: number }[];
  search?: boolean;
}

const queries = (qs: { ms: number | null; bytes: number }[]): QueryFigures[] => qs.map((q, i) => ({ query: `q${i}`, ms: q.ms, bytes: q.bytes, decodedBytes: q.bytes, requests: 1, results: 1 }));

/** A page weight of a type with its DCL. */
const weight = (type: string, dcl: number, js: number): PageWeight => ({
  type, path: `/${type.replace(/\W+/g, '-')}/`, bytes: 1000, decodedBytes: 3000, requests: 1, failed: 0, byKind: {}, decodedByKind: { html: 2000, js }, domContentLoadedMs: dcl, dclSamplesMs: [dcl],
});

/** A site result from its spec. */
export function site(s: SiteSpec): SiteResult {
  const dist = { ...emptyStats(), bytes: s.dist ?? 1e6, htmlPages: 1, largestHtml: s.largest ?? { path: '/', bytes: 10_000 } };
  return {
    build: { wallS: s.wallS, pipelineS: s.pipelineS ?? null, astroS: 1, astroPages: 1, pagefindS: null, pagefindPages: null, pagefindWords: null, totalS: null, astroWallS: null, pagefindWallS: null, peakRssBytes: s.peakRss ?? 1e9, astroPeakRssBytes: 0, pagefindPeakRssBytes: 0 },
    dist, pagesPerS: 1,
    pageWeights: Object.entries(s.dcl ?? {}).map(([type, ms]) => weight(type, ms, s.js ?? 0)),
    search: s.search === false ? { available: false, note: 'the site has no /search/ page', cold: [], warm: [] } : { available: true, cold: queries(s.cold ?? []), warm: queries(s.warm ?? []) },
  };
}

/** A corpus: seeds when label is "seeds", else N synthetic plans of 70 kB each. */
export function corpus(label: string, n: number, ours: SiteSpec, base: SiteSpec | null): CorpusResult {
  return {
    label, n, synthetic: label !== 'seeds',
    pipeline: { files: n, sourceBytes: n * 70_000, plans: n, measures: 0, errors: [], warnings: 0, buildPlansMs: 1, mbPerS: 3.4, peakRssBytes: 0 },
    ours: site(ours), baseline: base ? site(base) : null,
  };
}

/** A run of some corpora. */
export const run = (corpora: CorpusResult[]): BenchResults => ({ machine: {} as BenchResults['machine'], queries: [], rounds: 2, corpora, budgets: [] });

/** Every budgeted page type of ours at the same DCL. */
export const allTypes = (ms: number): Record<string, number> => Object.fromEntries(['home', 'plan (text)', 'plan (table)', 'indicators (one)', 'indicators', 'deadlines', 'leads', 'search', 'compare'].map((t) => [t, ms]));
