/**
 * The benchmark (npm run bench): synthetic corpora recombined from the seeds, each built by our
 * build and by a plain Astro + Pagefind baseline in the same run, measured in Chromium, checked
 * against the issue's budgets. Writes bench/results.json and bench/results.md, prints PASS/FAIL
 * per budget and exits 1 if one fails.
 *
 *   npm run bench [-- --sizes 5,50,500] [--skip-baseline]
 *
 * The real seeds are always measured too (the seed budgets are about them).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkBudgets } from './budgets.ts';
import { buildBaseline, buildOurs } from './build-sites.ts';
import { loadTemplates, writeCorpus } from './corpus-fs.ts';
import { dirStats } from './dir-stats.ts';
import { machineInfo } from './machine-info.ts';
import { launchChromium, measureSite } from './measure-site.ts';
import { ourPageTypes } from './page-types.ts';
import { reportMarkdown } from './report-md.ts';
import type { BenchResults, CorpusResult, SiteResult } from './results.ts';
import { runTimed } from './run-timed.ts';
import type { PipelineFigures } from './time-pipeline.ts';

/** Queries taken from the seeds: 2–5 character terms, a number, common and rare words. */
export const QUERIES = ['川渝通办', '一照多址', '告知承诺制', '免罚清单', '营商环境', '获得电力', '不动产登记', '12345'];

const root = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const sizesArg = args[args.indexOf('--sizes') + 1];
const sizes = (args.includes('--sizes') && sizesArg ? sizesArg : '5,50,500').split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes takes positive integers, e.g. --sizes 5,50 (got ${sizesArg})`);
const skipBaseline = args.includes('--skip-baseline');
const work = resolve(root, 'bench/work');
const log = (msg: string) => console.log(`[bench] ${msg}`);

/** Text files of a corpus folder, for the baseline's MDX. */
const corpusFiles = (dir: string) => readdirSync(dir).filter((n) => /\.(txt|md)$/i.test(n)).sort().map((name) => ({ name, text: readFileSync(resolve(dir, name), 'utf8') }));

const templates = await loadTemplates(root, resolve(root, 'seeds'));
const corpora = [{ label: 'seeds', dir: resolve(root, 'seeds'), synthetic: false }];
for (const n of sizes) {
  const dir = resolve(root, 'bench/corpora', String(n));
  const bytes = writeCorpus(templates, n, dir);
  log(`corpus ${n}: ${n} synthetic plans, ${(bytes / 1e6).toFixed(1)} MB in ${dir}`);
  corpora.push({ label: String(n), dir, synthetic: true });
}

const browser = await launchChromium();
const results: BenchResults = { machine: machineInfo(root, browser.version()), queries: QUERIES, corpora: [], budgets: [] };
/** Writes both result files; called after every corpus so a crash still leaves the figures so far. */
const save = () => {
  results.budgets = checkBudgets(results);
  writeFileSync(resolve(root, 'bench/results.json'), `${JSON.stringify(results, null, 1)}\n`);
  writeFileSync(resolve(root, 'bench/results.md'), reportMarkdown(results));
};

try {
  for (const c of corpora) {
    const p = await runTimed(process.execPath, [resolve(root, 'scripts/bench/time-pipeline.ts'), c.dir], { cwd: root, env: process.env });
    if (p.status !== 0) throw new Error(`pipeline on ${c.dir} failed:\n${p.output}`);
    const pipeline = JSON.parse(p.output.trim().split('\n').at(-1)!) as PipelineFigures;
    if (pipeline.errors.length > 0) throw new Error(`corpus ${c.label} has plans the pipeline rejects: ${pipeline.errors.slice(0, 3).join('; ')}`);
    log(`${c.label}: parse + enrich ${(pipeline.buildPlansMs / 1000).toFixed(1)} s for ${(pipeline.sourceBytes / 1e6).toFixed(1)} MB, ${pipeline.plans} plans, ${pipeline.measures} measures`);

    const oursDir = resolve(work, `ours-${c.label}`);
    const build = await buildOurs(root, c.dir, oursDir, work);
    log(`${c.label}: our build ${build.wallS.toFixed(1)} s (astro ${build.astroS ?? '?'} s), peak ${(build.peakRssBytes / 1e6).toFixed(0)} MB`);
    const oursBrowser = await measureSite(root, browser, oursDir, 'ours', ourPageTypes(oursDir, resolve(work, `generated-ours-${c.label}`)), QUERIES);
    const ours: SiteResult = { build, dist: dirStats(oursDir), pagesPerS: build.astroS && build.astroPages ? build.astroPages / build.astroS : null, ...oursBrowser };

    let baseline: SiteResult | null = null;
    if (!skipBaseline) {
      const baseDir = resolve(work, `baseline-${c.label}`);
      const bb = await buildBaseline(root, corpusFiles(c.dir), baseDir, work);
      log(`${c.label}: baseline build ${bb.wallS.toFixed(1)} s (astro ${bb.astroWallS?.toFixed(1)} s + pagefind ${bb.pagefindWallS?.toFixed(1)} s), peak ${(bb.peakRssBytes / 1e6).toFixed(0)} MB`);
      const firstPlan = readdirSync(baseDir, { withFileTypes: true }).filter((d) => d.isDirectory() && !['pagefind', 'search', '_astro'].includes(d.name)).map((d) => d.name).sort()[0];
      const baseBrowser = await measureSite(root, browser, baseDir, 'baseline', firstPlan ? [{ type: 'plan', path: `/${firstPlan}/` }] : [], QUERIES);
      baseline = { build: bb, dist: dirStats(baseDir), pagesPerS: bb.astroS && bb.astroPages ? bb.astroPages / bb.astroS : null, ...baseBrowser };
    }
    const n = pipeline.plans;
    const result: CorpusResult = { label: c.label, n, synthetic: c.synthetic, pipeline, ours, baseline };
    results.corpora.push(result);
    save();
    log(`${c.label}: measured; results so far in bench/results.json`);
  }
} finally {
  await browser.close();
  save();
}

for (const b of results.budgets) console.log(`${b.status.padEnd(4)}  ${b.name}: ${b.value} (limit ${b.limit})${b.note ? ` — ${b.note}` : ''}`);
console.log(`[bench] wrote bench/results.json and bench/results.md`);
process.exitCode = results.budgets.some((b) => b.status === 'FAIL') ? 1 : 0;
