/** bench/results.md: the run's figures as markdown tables, for reading and for the README. */
import { searchRatio } from './budget-figures.ts';
import { dclLoads, largestPagesSection, pageWeightSection, table } from './report-pages.ts';
import { median, type BenchResults, type CorpusResult, type SiteResult } from './results.ts';

const MB = (b: number) => (b / 1e6).toFixed(1);
const kB = (b: number) => (b / 1000).toFixed(1);
const s = (x: number | null | undefined) => (x === null || x === undefined ? '—' : x.toFixed(1));
const both = (c: CorpusResult, f: (x: SiteResult) => string) => `${f(c.ours)} / ${c.baseline ? f(c.baseline) : '—'}`;

/** Median cold/warm figures of a site's search, "not available" when it has no search page. */
function searchCell(x: SiteResult, kind: 'cold' | 'warm', what: 'ms' | 'bytes'): string {
  if (!x.search.available) return 'n/a';
  const qs = x.search[kind].filter((q) => q.ms !== null);
  if (qs.length === 0) return 'failed';
  const m = median(qs.map((q) => (what === 'ms' ? q.ms : q.bytes)))!;
  return what === 'ms' ? m.toFixed(0) : kB(m);
}

/** The whole report. */
export function reportMarkdown(r: BenchResults): string {
  const m = r.machine;
  const cs = r.corpora;
  const parts = [
    '# Benchmark results',
    '',
    `${m.date} · ${m.cpu}, ${m.cores} cores, ${m.ramGB} GB RAM · Node ${m.node} · Astro ${m.astro} · Pagefind ${m.pagefind} · Chromium ${m.chromium}`,
    '',
    'Each cell: **ours / baseline** (bare MDX pages of the same text, plain Astro + plain Pagefind), same run. "seeds" are the real plans; other corpora are N synthetic plans recombined from them.',
    ...(r.rounds && r.rounds > 1 ? ['', `Each site was built ${r.rounds} times per corpus, from a cold cache, ours and the baseline taking turns; the faster build counts.`] : []),
    '',
    '## Build',
    '',
    table(['corpus', 'plans', 'source MB', 'pipeline s (MB/s)', 'full build s', 'astro s', 'pagefind s', 'pages/s', 'peak RSS MB'], cs.map((c) => [
      c.label, String(c.pipeline.plans), MB(c.pipeline.sourceBytes),
      `${s(c.ours.build.pipelineS)} (${c.ours.build.pipelineS ? (c.pipeline.sourceBytes / 1e6 / c.ours.build.pipelineS).toFixed(1) : '—'}; parse ${c.pipeline.mbPerS.toFixed(1)})`,
      both(c, (x) => s(x.build.wallS)), both(c, (x) => s(x.build.astroS)), both(c, (x) => s(x.build.pagefindS)),
      both(c, (x) => s(x.pagesPerS)), both(c, (x) => MB(x.build.peakRssBytes).replace(/\.\d$/, '')),
    ])),
    '',
    '## Size',
    '',
    table(['corpus', 'dist MB', 'dist × baseline', 'of which downloads/ MB (zip made on demand; its manifest MB)', 'search index MB', 'HTML pages', 'HTML MB'], cs.map((c) => [
      c.label, both(c, (x) => MB(x.dist.bytes)), c.baseline ? `${(c.ours.dist.bytes / c.baseline.dist.bytes).toFixed(2)}×` : '—', `${MB(c.ours.dist.downloadBytes)} (${MB(c.ours.dist.offlineManifestBytes ?? 0)})`,
      both(c, (x) => MB(x.dist.pagefindBytes + x.dist.searchIndexBytes)), both(c, (x) => String(x.dist.htmlPages)), both(c, (x) => (x.dist.htmlBytes === undefined ? '—' : MB(x.dist.htmlBytes))),
    ])),
    '',
    '## Search (Chromium, median over every run of every query)',
    '',
    `Queries: ${r.queries.join(' · ')}, each run ${(r.rounds ?? 0) + 1} times. Cold: fresh browser context, from navigation start to results shown. Warm: the next query in the same page. kB over the wire (gzip where served so), every request of the page and its workers.`,
    '',
    table(['corpus', 'cold ms', 'cold kB', 'warm ms', 'warm kB', 'ours × Pagefind: cold ms · cold kB · warm ms'], cs.map((c) => [
      c.label, both(c, (x) => searchCell(x, 'cold', 'ms')), both(c, (x) => searchCell(x, 'cold', 'bytes')), both(c, (x) => searchCell(x, 'warm', 'ms')), both(c, (x) => searchCell(x, 'warm', 'bytes')),
      ([['cold', 'ms'], ['cold', 'bytes'], ['warm', 'ms']] as const).map(([k, w]) => { const m = searchRatio(c, k, w); return 'x' in m && Number.isFinite(m.x) ? `${m.x.toFixed(2)}×` : '—'; }).join(' · '),
    ])),
    '',
    largestPagesSection(cs),
    '',
    pageWeightSection(cs, dclLoads(r.rounds ?? 0)),
    '',
    '## Budgets',
    '',
    'Issue 13: ratios to the baseline in this run; the scale budgets are about the 3,000-plan corpus and are SKIP when it was not run (the note gives the figure at the largest corpus that was).',
    '',
    table(['budget', 'limit', 'measured', 'verdict'], r.budgets.map((b) => [b.name, b.limit, b.note ? `${b.value} (${b.note})` : b.value, b.status])),
    '',
    '## Figures without a budget',
    '',
    'Their absolute budgets were withdrawn by issue 13: on 2 shared cores they measure the machine more than the code; the ratios above cover them.',
    '',
    table(['figure', 'measured', 'note'], (r.figures ?? []).map((f) => [f.name, f.value, f.note ?? ''])),
    '',
  ];
  return parts.join('\n');
}
