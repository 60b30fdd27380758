import { describe, expect, it } from 'vitest';
import { checkBudgets } from '../../scripts/bench/budgets.ts';
import { phaseFigures } from '../../scripts/bench/build-output.ts';
import { growthExponent, median, type BenchResults, type CorpusResult } from '../../scripts/bench/results.ts';

describe('build output figures', () => {
  it('reads pipeline, astro, pagefind and total times from the logs', () => {
    const log = 'pipeline: 5 plans, 737 measures from 5 files in 0.31 s\n\u001b[32m02:48:27\u001b[0m [build] 6 page(s) built in 3.36s\nRunning Pagefind\nIndexed 5 pages\nIndexed 19879 words\nFinished in 0.281 seconds\nsite: /x ready in 5.3 s\n';
    expect(phaseFigures(log)).toEqual({ pipelineS: 0.31, astroS: 3.36, astroPages: 6, pagefindS: 0.281, pagefindPages: 5, pagefindWords: 19879, totalS: 5.3 });
    expect(phaseFigures('[build] 500 page(s) built in 1m 4.5s').astroS).toBe(64.5);
    expect(phaseFigures('[build] 1 page(s) built in 850ms').astroS).toBe(0.85);
    expect(phaseFigures('nothing').astroS).toBeNull();
  });
});

describe('statistics', () => {
  it('takes medians and log-log growth exponents', () => {
    expect(median([3, null, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([null])).toBeNull();
    expect(growthExponent([[5, 10], [50, 100], [500, 1000]])).toBeCloseTo(1);
    expect(growthExponent([[10, 1], [100, 100]])).toBeCloseTo(2);
    expect(growthExponent([[10, 1]])).toBeNull();
  });
});

/** A corpus result with the figures the budgets read; everything else zero. */
function corpus(label: string, n: number, f: { ours: number; base: number; pipelineS: number; bytes: number; oursQ: number[]; baseQ: number[]; ms: number[]; js: number }): CorpusResult {
  const q = (bytes: number[], ms: number[]) => bytes.map((b, i) => ({ query: `q${i}`, ms: ms[i] ?? 100, bytes: b, decodedBytes: b, requests: 1, results: 1 }));
  const build = (wallS: number, pipelineS: number | null) => ({ wallS, pipelineS, astroS: 1, astroPages: n, pagefindS: null, pagefindPages: null, pagefindWords: null, totalS: null, astroWallS: null, pagefindWallS: null, peakRssBytes: 0, astroPeakRssBytes: 0, pagefindPeakRssBytes: 0 });
  const site = (wallS: number, pipelineS: number | null, qs: number[]) => ({
    build: build(wallS, pipelineS), dist: { bytes: 0, files: 0, htmlPages: 0, pagefindBytes: 0, searchIndexBytes: 0, downloadBytes: 0 }, pagesPerS: 1,
    pageWeights: [{ type: 'plan (text)', path: '/p/', bytes: 0, decodedBytes: 0, requests: 1, failed: 0, byKind: {}, decodedByKind: { js: f.js } }],
    search: { available: true, cold: q(qs, f.ms), warm: [] },
  });
  return {
    label, n, synthetic: label !== 'seeds',
    pipeline: { files: n, sourceBytes: f.bytes, plans: n, measures: 0, errors: [], warnings: 0, buildPlansMs: 1, mbPerS: 1, peakRssBytes: 0 },
    ours: site(f.ours, f.pipelineS, f.oursQ), baseline: site(f.base, null, f.baseQ),
  };
}
const run = (corpora: CorpusResult[]): BenchResults => ({ machine: {} as BenchResults['machine'], queries: [], corpora, budgets: [] });

describe('budgets', () => {
  it('passes a run within every budget', () => {
    const r = run([
      corpus('seeds', 5, { ours: 6, base: 5, pipelineS: 0.05, bytes: 340_000, oursQ: [90_000, 149_000], baseQ: [300_000], ms: [120, 250], js: 20_000 }),
      corpus('50', 50, { ours: 20, base: 15, pipelineS: 0.5, bytes: 3.4e6, oursQ: [100_000], baseQ: [300_000], ms: [], js: 0 }),
      corpus('500', 500, { ours: 150, base: 120, pipelineS: 5, bytes: 34e6, oursQ: [300_000, 400_000, 500_000], baseQ: [300_000, 320_000, 340_000], ms: [], js: 0 }),
    ]);
    expect(checkBudgets(r).map((b) => `${b.status} ${b.value}`)).toEqual([
      'PASS 1.25× (150.0 s vs 120.0 s)', 'PASS b = 0.88 (50→500); fit over all sizes b = 0.88', 'PASS 1.25× (400.0 kB vs 320.0 kB)',
      'PASS 6.8 MB/s on 500 (parse + enrich alone: 1.0 MB/s)', 'PASS 149.0 kB', 'PASS 185 ms', 'PASS 20.0 kB',
    ]);
  });
  it('fails each budget that is exceeded, and skips what was not measured', () => {
    const r = run([
      corpus('seeds', 5, { ours: 6, base: 5, pipelineS: 1, bytes: 340_000, oursQ: [150_000], baseQ: [300_000], ms: [300], js: 50_001 }),
      corpus('50', 50, { ours: 10, base: 15, pipelineS: 1, bytes: 3.4e6, oursQ: [100_000], baseQ: [300_000], ms: [], js: 0 }),
      corpus('500', 500, { ours: 181, base: 120, pipelineS: 8, bytes: 34e6, oursQ: [481_000], baseQ: [320_000], ms: [], js: 0 }),
    ]);
    expect(checkBudgets(r).map((b) => b.status)).toEqual(['FAIL', 'FAIL', 'FAIL', 'FAIL', 'FAIL', 'FAIL', 'FAIL']);
    const skipped = checkBudgets(run([corpus('seeds', 5, { ours: 6, base: 5, pipelineS: 0.01, bytes: 340_000, oursQ: [1], baseQ: [1], ms: [1], js: 1 })]));
    expect(skipped.map((b) => b.status)).toEqual(['SKIP', 'SKIP', 'SKIP', 'PASS', 'PASS', 'PASS', 'PASS']);
  });
});
