/**
 * The figures issue 13's budgets read from one run, as pure functions of bench/results.json:
 * ratios to the baseline built and measured in the same run (absolute times measure these shared
 * 2-core machines more than the code), the largest HTML page, DOMContentLoaded per page type.
 */
import { median, type BenchResults, type CorpusResult, type Figure, type SiteResult } from './results.ts';

/** The corpus the scale budgets are about, and the smaller one the growth exponent starts from. */
export const SCALE_N = 3000;
export const GROWTH_FROM_N = 500;

/** A budget's figure: a printable value and the number compared with the limit, or why there is none. */
export type Measured = { value: string; x: number } | { skip: string };

const kB = (b: number) => `${(b / 1000).toFixed(1)} kB`;
const ratio = (ours: number, base: number, unit: (v: number) => string): Measured => ({ value: `${(ours / base).toFixed(2)}× (${unit(ours)} vs ${unit(base)})`, x: ours / base });

/** Median over queries of a site's cold or warm search, in ms or wire bytes; null when it has no search or no query finished. */
export function searchMedian(x: SiteResult, kind: 'cold' | 'warm', what: 'ms' | 'bytes'): number | null {
  if (!x.search.available) return null;
  return median(x.search[kind].map((q) => (q.ms === null ? null : what === 'ms' ? q.ms : q.bytes)));
}

/** Our median search figure over Pagefind's on the same corpus (cold bytes, cold ms, warm ms). */
export function searchRatio(c: CorpusResult, kind: 'cold' | 'warm', what: 'ms' | 'bytes'): Measured {
  if (!c.baseline) return { skip: 'baseline skipped' };
  if (!c.ours.search.available) return { skip: c.ours.search.note ?? 'search page not available' };
  const ours = searchMedian(c.ours, kind, what);
  const base = searchMedian(c.baseline, kind, what);
  if (ours === null) return { value: `no ${kind} query of ours finished`, x: Infinity };
  if (base === null) return { skip: `no ${kind} Pagefind query finished` };
  return ratio(ours, base, what === 'ms' ? (v) => `${v.toFixed(0)} ms` : kB);
}

/** Full build wall time over the baseline's (Astro + Pagefind). */
export function buildRatio(c: CorpusResult): Measured {
  if (!c.baseline) return { skip: 'baseline skipped' };
  return ratio(c.ours.build.wallS, c.baseline.build.wallS, (v) => `${v.toFixed(1)} s`);
}

/** Dist size over the baseline's. */
export function distRatio(c: CorpusResult): Measured {
  if (!c.baseline) return { skip: 'baseline skipped' };
  return ratio(c.ours.dist.bytes, c.baseline.dist.bytes, (v) => `${(v / 1e6).toFixed(1)} MB`);
}

/** Peak resident memory of our build's process tree, in bytes. */
export const peakRss = (c: CorpusResult): Measured => ({ value: `${(c.ours.build.peakRssBytes / 1e9).toFixed(2)} GB`, x: c.ours.build.peakRssBytes });

/** Our largest HTML page, decoded bytes, with its path. */
export function largestHtml(c: CorpusResult): Measured {
  const p = c.ours.dist.largestHtml;
  return p ? { value: `${kB(p.bytes)} (${p.path})`, x: p.bytes } : { skip: 'no HTML page found' };
}

/** DOMContentLoaded of the baseline's plan page (median of its loads), ms. */
export const baselinePlanDcl = (c: CorpusResult): number | null => c.baseline?.pageWeights.find((p) => p.type === 'plan')?.domContentLoadedMs ?? null;

/** Each of our page types' DOMContentLoaded and its ratio to the baseline plan page's (null ratio without one). */
export function dclRatios(c: CorpusResult): { type: string; path: string; ms: number | null; ratio: number | null }[] {
  const base = baselinePlanDcl(c);
  return c.ours.pageWeights.map((p) => {
    const ms = p.domContentLoadedMs ?? null;
    return { type: p.type, path: p.path, ms, ratio: ms !== null && base ? ms / base : null };
  });
}

/** The slowest page type against the baseline plan page; a budgeted type that was not measured counts as failing. */
export function worstDcl(c: CorpusResult, budgeted: readonly { label: string; types: readonly string[] }[]): Measured {
  const base = baselinePlanDcl(c);
  if (!c.baseline) return { skip: 'baseline skipped' };
  if (!base) return { skip: 'the baseline plan page reported no DOMContentLoaded' };
  const rows = dclRatios(c);
  const missing = budgeted.filter((b) => !rows.some((r) => b.types.includes(r.type) && r.ratio !== null)).map((b) => b.label);
  const worst = rows.filter((r) => r.ratio !== null).sort((a, b) => b.ratio! - a.ratio!)[0];
  const missingNote = missing.length > 0 ? `; not measured: ${missing.join(', ')}` : '';
  if (!worst) return { value: `no page type measured${missingNote}`, x: Infinity };
  return { value: `${worst.ratio!.toFixed(2)}× at worst (${worst.type} ${worst.path}: ${worst.ms!.toFixed(0)} ms vs ${base.toFixed(0)} ms)${missingNote}`, x: missing.length > 0 ? Infinity : worst.ratio! };
}

/** The figures of the withdrawn absolute budgets, reported without a verdict. */
export function unbudgetedFigures(r: BenchResults): Figure[] {
  const out: Figure[] = [];
  const largest = [...r.corpora].sort((a, b) => a.pipeline.sourceBytes - b.pipeline.sourceBytes).at(-1);
  const whole = largest?.ours.build.pipelineS;
  if (largest && whole) out.push({ name: `pipeline throughput (read, parse, enrich, emit, write; largest corpus)`, value: `${(largest.pipeline.sourceBytes / 1e6 / whole).toFixed(1)} MB/s on ${largest.label}`, note: `parse + enrich alone, one thread: ${largest.pipeline.mbPerS.toFixed(1)} MB/s; the withdrawn budget was ≥ 5 MB/s` });
  const seeds = r.corpora.find((c) => !c.synthetic);
  const ms = seeds ? searchMedian(seeds.ours, 'cold', 'ms') : null;
  const pf = seeds?.baseline ? searchMedian(seeds.baseline, 'cold', 'ms') : null;
  if (ms !== null) out.push({ name: 'seeds: cold query time to first results (median over queries)', value: `${ms.toFixed(0)} ms`, note: `Pagefind ${pf === null ? '—' : `${pf.toFixed(0)} ms`} in the same run; the withdrawn budget was < 300 ms` });
  return out;
}
