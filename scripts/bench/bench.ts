/**
 * The benchmark (npm run bench): synthetic corpora recombined from the seeds, each built by our
 * build and by a plain Astro + Pagefind baseline in the same run, measured in Chromium, checked
 * against the issue's budgets. Writes bench/results.json and bench/results.md, prints PASS/FAIL
 * per budget and exits 1 if one fails.
 *
 *   npm run bench [-- --sizes 5,500,3000] [--rounds 2] [--skip-baseline] [--keep-sites]
 *
 * The real seeds are always measured too (the seed budgets are about them). The scale budgets of
 * issue 13 are about the corpus of 3,000 plans, the growth exponent about 500 → 3,000. Each
 * corpus's built sites are removed once measured (a 3,000-plan site is gigabytes), unless
 * --keep-sites.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { unbudgetedFigures } from './budget-figures.ts';
import { checkBudgets } from './budgets.ts';
import { buildBaseline, buildOurs } from './build-sites.ts';
import { loadTemplates, writeCorpus } from './corpus-fs.ts';
import { realRegionOrder } from './real-regions.ts';
import { loadGazetteer } from '../lib/enrich/gazetteer-fs.ts';
import { dirStats } from './dir-stats.ts';
import { machineInfo } from './machine-info.ts';
import { launchChromium, measureSite } from './measure-site.ts';
import { ourPageTypes } from './page-types.ts';
import { reportMarkdown } from './report-md.ts';
import { dclLoads } from './report-pages.ts';
import type { BuildFigures } from './build-sites.ts';
import type { BenchResults, CorpusResult, SiteResult } from './results.ts';
import { runTimed } from './run-timed.ts';
import type { PipelineFigures } from './time-pipeline.ts';

/** Queries taken from the seeds: 2–5 character terms, a number, common and rare words. */
export const QUERIES = ['川渝通办', '一照多址', '告知承诺制', '免罚清单', '营商环境', '获得电力', '不动产登记', '12345'];

const root = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const sizesArg = args[args.indexOf('--sizes') + 1];
const sizes = (args.includes('--sizes') && sizesArg ? sizesArg : '5,500,3000').split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes takes positive integers, e.g. --sizes 5,50 (got ${sizesArg})`);
const skipBaseline = args.includes('--skip-baseline');
const keepSites = args.includes('--keep-sites');
const roundsArg = args[args.indexOf('--rounds') + 1];
/** Builds per site and corpus (the faster counts); search runs every query ROUNDS + 1 times (medians over all). */
const ROUNDS = args.includes('--rounds') && roundsArg ? Number(roundsArg) : 2;
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) throw new Error(`--rounds takes a positive integer (got ${roundsArg})`);
const work = resolve(root, 'bench/work');
const log = (msg: string) => console.log(`[bench] ${msg}`);

/** Text files of a corpus folder, for the baseline's MDX, read one at a time (3,000 plans are some 200 MB of text). */
function* corpusFiles(dir: string): Generator<{ name: string; text: string }> {
  for (const name of readdirSync(dir).filter((n) => /\.(txt|md)$/i.test(n)).sort()) yield { name, text: readFileSync(resolve(dir, name), 'utf8') };
}

const templates = await loadTemplates(root, resolve(root, 'seeds'));
const corpora = [{ label: 'seeds', dir: resolve(root, 'seeds'), synthetic: false }];
// Real regions, so the plans fall into provinces, cities and counties as a national corpus does.
const regions = realRegionOrder(loadGazetteer());
for (const n of sizes) {
  const dir = resolve(root, 'bench/corpora', String(n));
  const bytes = writeCorpus(templates, n, dir, regions);
  log(`corpus ${n}: ${n} synthetic plans, ${(bytes / 1e6).toFixed(1)} MB in ${dir}`);
  corpora.push({ label: String(n), dir, synthetic: true });
}

const browser = await launchChromium();
const results: BenchResults = { machine: machineInfo(root, browser.version()), queries: QUERIES, rounds: ROUNDS, corpora: [], budgets: [] };
/** Writes both result files; called after every corpus so a crash still leaves the figures so far. */
const save = () => {
  results.budgets = checkBudgets(results);
  results.figures = unbudgetedFigures(results);
  writeFileSync(resolve(root, 'bench/results.json'), `${JSON.stringify(results, null, 1)}\n`);
  writeFileSync(resolve(root, 'bench/results.md'), reportMarkdown(results));
};

try {
  for (const c of corpora) {
    // buildPlans here holds every source and model of the corpus at once: at 3,000 plans that can
    // outgrow V8's default heap limit, so this process, timed apart from the build, gets a larger one.
    const p = await runTimed(process.execPath, ['--max-old-space-size=12288', resolve(root, 'scripts/bench/time-pipeline.ts'), c.dir], { cwd: root, env: process.env });
    if (p.status !== 0) throw new Error(`pipeline on ${c.dir} failed:\n${p.output}`);
    const pipeline = JSON.parse(p.output.trim().split('\n').at(-1)!) as PipelineFigures;
    if (pipeline.errors.length > 0) throw new Error(`corpus ${c.label} has plans the pipeline rejects: ${pipeline.errors.slice(0, 3).join('; ')}`);
    log(`${c.label}: parse + enrich ${(pipeline.buildPlansMs / 1000).toFixed(1)} s for ${(pipeline.sourceBytes / 1e6).toFixed(1)} MB, ${pipeline.plans} plans, ${pipeline.measures} measures`);

    // Each site is built ROUNDS times, cold each time, ours and the baseline taking turns so a
    // slow spell of the machine hits both; the faster build of each counts.
    const oursDir = resolve(work, `ours-${c.label}`);
    const baseDir = resolve(work, `baseline-${c.label}`);
    let build: BuildFigures | null = null;
    let bb: BuildFigures | null = null;
    for (let round = 0; round < ROUNDS; round++) {
      const b = await buildOurs(root, c.dir, oursDir, work);
      log(`${c.label}: our build ${b.wallS.toFixed(1)} s (pipeline ${b.pipelineS ?? '?'} s, astro ${b.astroS ?? '?'} s), peak ${(b.peakRssBytes / 1e6).toFixed(0)} MB`);
      if (!build || b.wallS < build.wallS) build = b;
      if (skipBaseline) continue;
      const x = await buildBaseline(root, corpusFiles(c.dir), baseDir, work);
      log(`${c.label}: baseline build ${x.wallS.toFixed(1)} s (astro ${x.astroWallS?.toFixed(1)} s + pagefind ${x.pagefindWallS?.toFixed(1)} s), peak ${(x.peakRssBytes / 1e6).toFixed(0)} MB`);
      if (!bb || x.wallS < bb.wallS) bb = x;
    }
    const searchQueries = Array.from({ length: ROUNDS + 1 }, () => QUERIES).flat();
    const loads = dclLoads(ROUNDS);
    const oursBrowser = await measureSite(root, browser, oursDir, 'ours', ourPageTypes(oursDir, resolve(work, `generated-ours-${c.label}`)), searchQueries, loads);
    const ours: SiteResult = { build: build!, dist: dirStats(oursDir), pagesPerS: build!.astroS && build!.astroPages ? build!.astroPages / build!.astroS : null, ...oursBrowser };

    let baseline: SiteResult | null = null;
    if (bb) {
      const firstPlan = readdirSync(baseDir, { withFileTypes: true }).filter((d) => d.isDirectory() && !['pagefind', 'search', '_astro'].includes(d.name)).map((d) => d.name).sort()[0];
      const baseBrowser = await measureSite(root, browser, baseDir, 'baseline', firstPlan ? [{ type: 'plan', path: `/${firstPlan}/` }] : [], searchQueries, loads);
      baseline = { build: bb, dist: dirStats(baseDir), pagesPerS: bb.astroS && bb.astroPages ? bb.astroPages / bb.astroS : null, ...baseBrowser };
    }
    const n = pipeline.plans;
    const result: CorpusResult = { label: c.label, n, synthetic: c.synthetic, pipeline, ours, baseline };
    results.corpora.push(result);
    save();
    if (!keepSites) for (const d of [oursDir, baseDir, resolve(work, `generated-ours-${c.label}`), resolve(work, `content-baseline-${c.label}`), resolve(work, `astro-cache-ours-${c.label}`), resolve(work, `astro-cache-baseline-${c.label}`)]) rmSync(d, { recursive: true, force: true });
    log(`${c.label}: measured; results so far in bench/results.json`);
  }
} finally {
  await browser.close();
  save();
}

for (const b of results.budgets) console.log(`${b.status.padEnd(4)}  ${b.name}: ${b.value} (limit ${b.limit})${b.note ? ` — ${b.note}` : ''}`);
console.log(`[bench] wrote bench/results.json and bench/results.md`);
process.exitCode = results.budgets.some((b) => b.status === 'FAIL') ? 1 : 0;
