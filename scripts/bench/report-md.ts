/** bench/results.md: the run's figures as markdown tables, for reading and for the README. */
import { median, type BenchResults, type CorpusResult, type SiteResult } from './results.ts';

const MB = (b: number) => (b / 1e6).toFixed(1);
const kB = (b: number) => (b / 1000).toFixed(1);
const s = (x: number | null | undefined) => (x === null || x === undefined ? '—' : x.toFixed(1));
const both = (c: CorpusResult, f: (x: SiteResult) => string) => `${f(c.ours)} / ${c.baseline ? f(c.baseline) : '—'}`;
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const table = (head: string[], rows: string[][]) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

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
    table(['corpus', 'dist MB', 'of which offline zip MB', 'search index MB', 'HTML pages'], cs.map((c) => [
      c.label, both(c, (x) => MB(x.dist.bytes)), MB(c.ours.dist.downloadBytes), both(c, (x) => MB(x.dist.pagefindBytes + x.dist.searchIndexBytes)), both(c, (x) => String(x.dist.htmlPages)),
    ])),
    '',
    '## Search (Chromium, median over every run of every query)',
    '',
    `Queries: ${r.queries.join(' · ')}, each run ${(r.rounds ?? 0) + 1} times. Cold: fresh browser context, from navigation start to results shown. Warm: the next query in the same page. kB over the wire (gzip where served so), every request of the page and its workers.`,
    '',
    table(['corpus', 'cold ms', 'cold kB', 'warm ms', 'warm kB'], cs.map((c) => [
      c.label, both(c, (x) => searchCell(x, 'cold', 'ms')), both(c, (x) => searchCell(x, 'cold', 'bytes')), both(c, (x) => searchCell(x, 'warm', 'ms')), both(c, (x) => searchCell(x, 'warm', 'bytes')),
    ])),
    '',
    '## Page weight (ours: kB fetched on load before any interaction)',
    '',
    'By kind: decoded (uncompressed) bytes. Wire: what was transferred, gzip as scripts/serve.mjs sends it, headers included.',
    '',
    table(['corpus', 'page', 'path', 'html', 'css', 'js', 'font', 'other', 'total', 'wire'], cs.flatMap((c) => c.ours.pageWeights.map((p) => [
      c.label, p.type, p.path, ...['html', 'css', 'js', 'font'].map((k) => kB(p.decodedByKind[k] ?? 0)),
      kB(p.decodedBytes - ['html', 'css', 'js', 'font'].reduce((n, k) => n + (p.decodedByKind[k] ?? 0), 0)), kB(p.decodedBytes), kB(p.bytes),
    ]))),
    '',
    '## Budgets',
    '',
    table(['budget', 'limit', 'measured', 'verdict'], r.budgets.map((b) => [b.name, b.limit, b.note ? `${b.value} (${b.note})` : b.value, b.status])),
    '',
  ];
  return parts.join('\n');
}
