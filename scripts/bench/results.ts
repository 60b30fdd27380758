/** Shape of bench/results.json: every raw figure of one benchmark run. */
import type { BuildFigures } from './build-sites.ts';
import type { DirStats } from './dir-stats.ts';
import type { MachineInfo } from './machine-info.ts';
import type { PageWeight } from './page-weight.ts';
import type { SearchFigures } from './search-bench.ts';
import type { PipelineFigures } from './time-pipeline.ts';

/** One built site (ours or the baseline) of one corpus. */
export interface SiteResult {
  build: BuildFigures;
  dist: DirStats;
  /** HTML pages per second of `astro build` (its own reported time). */
  pagesPerS: number | null;
  pageWeights: PageWeight[];
  search: SearchFigures;
}

/** One corpus: the real seeds, or N synthetic plans. */
export interface CorpusResult {
  label: string;
  n: number;
  synthetic: boolean;
  pipeline: PipelineFigures;
  ours: SiteResult;
  baseline: SiteResult | null;
}

/** A budget's verdict; SKIP when this run could not measure it. */
export interface Budget {
  name: string;
  limit: string;
  value: string;
  status: 'PASS' | 'FAIL' | 'SKIP';
  note?: string;
}

/** A figure reported without a verdict: its budget was withdrawn (issue 13), the figure is still worth reading. */
export interface Figure {
  name: string;
  value: string;
  note?: string;
}

/** The whole run. */
export interface BenchResults {
  machine: MachineInfo;
  queries: string[];
  /** Builds per site and corpus, cold, ours and the baseline taking turns; the faster counts. Search runs each query rounds + 1 times. */
  rounds?: number;
  corpora: CorpusResult[];
  budgets: Budget[];
  /** Figures without a budget (the withdrawn absolute ones: pipeline MB/s, seeds' cold query ms). */
  figures?: Figure[];
}

/** Median of the finite numbers of a list, or null if there are none. */
export function median(xs: readonly (number | null)[]): number | null {
  const s = xs.filter((x): x is number => x !== null && Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Exponent b of a least-squares fit y = a·x^b (log-log), or null with fewer than two points. */
export function growthExponent(points: readonly [number, number][]): number | null {
  const p = points.filter(([x, y]) => x > 0 && y > 0).map(([x, y]) => [Math.log(x), Math.log(y)] as const);
  if (p.length < 2) return null;
  const mx = p.reduce((s, [x]) => s + x, 0) / p.length;
  const my = p.reduce((s, [, y]) => s + y, 0) / p.length;
  const sxy = p.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const sxx = p.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return sxx === 0 ? null : sxy / sxx;
}
