import { describe, expect, it } from 'vitest';
import { dclRatios, searchRatio, unbudgetedFigures } from '../../scripts/bench/budget-figures.ts';
import { phaseFigures } from '../../scripts/bench/build-output.ts';
import { addFile, emptyStats, htmlUrlPath } from '../../scripts/bench/dir-stats.ts';
import { reportMarkdown } from '../../scripts/bench/report-md.ts';
import { growthExponent, median } from '../../scripts/bench/results.ts';
import { corpus, run } from './bench-fixture.ts';

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

describe('largest HTML page', () => {
  it('names pages by their URL path', () => {
    expect(htmlUrlPath('index.html')).toBe('/');
    expect(htmlUrlPath('indicators/kaiban/index.html')).toBe('/indicators/kaiban/');
    expect(htmlUrlPath('404.html')).toBe('/404.html');
    expect(htmlUrlPath('plans/a-index.html')).toBe('/plans/a-index.html');
  });
  it('keeps the largest page overall and per top-level section; other files only count in the totals', () => {
    const s = emptyStats();
    for (const [rel, size] of [['index.html', 900], ['indicators/index.html', 4_400_000], ['indicators/kaiban/index.html', 4_500_000], ['plans/a/index.html', 160_000], ['plans/b/index.html', 50_000], ['downloads/site.zip', 9e7], ['downloads/offline/manifest.json', 5000], ['pagefind/x.pf_index', 300], ['search/s.json', 20]] as const) addFile(s, rel, size);
    expect(s.largestHtml).toEqual({ path: '/indicators/kaiban/', bytes: 4_500_000 });
    expect(s.largestHtmlBySection).toEqual({ '/': { path: '/', bytes: 900 }, indicators: { path: '/indicators/kaiban/', bytes: 4_500_000 }, plans: { path: '/plans/a/', bytes: 160_000 } });
    expect([s.files, s.htmlPages, s.htmlBytes, s.downloadBytes, s.offlineManifestBytes, s.pagefindBytes, s.searchIndexBytes]).toEqual([9, 5, 9_110_900, 9e7 + 5000, 5000, 300, 20]);
  });
});

describe('figures against the baseline', () => {
  const c = corpus('3000', 3000,
    { wallS: 10, dcl: { home: 50, 'indicators (one)': 240 }, cold: [{ ms: 400, bytes: 100_000 }, { ms: 200, bytes: 300_000 }, { ms: null, bytes: 0 }], warm: [{ ms: 150, bytes: 1 }] },
    { wallS: 10, dcl: { plan: 120 }, cold: [{ ms: 1000, bytes: 400_000 }], warm: [{ ms: 100, bytes: 1 }] });
  it('gives each page type\'s DOMContentLoaded as a ratio to the baseline plan page\'s', () => {
    expect(dclRatios(c)).toEqual([{ type: 'home', path: '/home/', ms: 50, ratio: 50 / 120 }, { type: 'indicators (one)', path: '/indicators-one-/', ms: 240, ratio: 2 }]);
    expect(dclRatios({ ...c, baseline: null }).map((r) => r.ratio)).toEqual([null, null]);
  });
  it('compares search medians over the queries that finished', () => {
    expect(searchRatio(c, 'cold', 'ms')).toEqual({ value: '0.30× (300 ms vs 1000 ms)', x: 0.3 });
    expect(searchRatio(c, 'cold', 'bytes')).toEqual({ value: '0.50× (200.0 kB vs 400.0 kB)', x: 0.5 });
    expect(searchRatio(c, 'warm', 'ms')).toEqual({ value: '1.50× (150 ms vs 100 ms)', x: 1.5 });
    expect(searchRatio({ ...c, baseline: null }, 'cold', 'ms')).toEqual({ skip: 'baseline skipped' });
  });
  it('reports the withdrawn budgets\' figures without a verdict', () => {
    const seeds = corpus('seeds', 5, { wallS: 6, pipelineS: 0.7, cold: [{ ms: 395, bytes: 1 }] }, { wallS: 4, cold: [{ ms: 919, bytes: 1 }] });
    const f = unbudgetedFigures(run([seeds, corpus('50', 50, { wallS: 9, pipelineS: 1.4 }, null)]));
    expect(f.map((x) => `${x.name}: ${x.value}`)).toEqual([
      'pipeline throughput (read, parse, enrich, emit, write; largest corpus): 2.5 MB/s on 50',
      'seeds: cold query time to first results (median over queries): 395 ms',
    ]);
    expect(f[1]!.note).toContain('Pagefind 919 ms');
    expect(JSON.stringify(f)).not.toMatch(/PASS|FAIL/);
  });
  it('writes the largest pages, DOMContentLoaded ratios and unbudgeted figures into results.md', () => {
    const r = run([c]);
    r.figures = [{ name: 'pipeline throughput', value: '2.5 MB/s on 50' }];
    const md = reportMarkdown(r);
    expect(md).toContain('| 3000 | 10.0 kB / | 10.0 kB / |');
    expect(md).toContain('| 3000 | ours | indicators (one) | /indicators-one-/ | 2.0 | 0.0 | 0.0 | 0.0 | 1.0 | 3.0 | 1.0 | 240 | 2.00× |');
    expect(md).toContain('| 3000 | baseline | plan | /plan/ | 2.0 | 0.0 | 0.0 | 0.0 | 1.0 | 3.0 | 1.0 | 120 | 1.00× |');
    expect(md).toContain('| pipeline throughput | 2.5 MB/s on 50 |  |');
    expect(md).toContain('0.30× · 0.50× · 1.50×');
  });
});
