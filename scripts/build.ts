/**
 * The build: seeds/ → plan models, MDX and the search index (src/generated) → static site
 * (dist/). The only script that touches the disk; every stage it calls is pure.
 *
 *   node scripts/build.ts          data + site (npm run build)
 *   node scripts/build.ts --data   data only (src/generated)
 *
 * A full build runs the data in two processes of its own: `--data-first` (what pages are made
 * from, ending in src/generated/late-inputs.v8), then `--data-late` beside `astro build`.
 *
 * SEEDS_DIR=<folder> reads plans from another folder. On any input error the build stops with
 * a message naming file, line and reason, and leaves src/generated and dist/ as they were.
 * OUT_DIR (default dist) and GENERATED_DIR (default src/generated) let tests build side by side.
 * Files are drafted (parse, enrich, emit) on every core, this script being also its worker threads' entry (BUILD_THREADS=1: none).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { isMainThread } from 'node:worker_threads';
import { PRECACHE_ALL_MB } from './lib/emit/service-worker.ts';
import { finishSite, linkTree, readCurated, readSeeds, removeStaleTmp, swapInto, writeFiles, writeFolderAtomically } from './build-fs.ts';
import { sortFiles, type Curated, type SourceFile } from './lib/build-plans.ts';
import { draftPlan, type Drafted } from './lib/draft-plan.ts';
import { indicatorIds, indicatorPages, warningsFile, type OutFile } from './lib/emit/emit-files.ts';
import { emitPlan, type EmittedPlan } from './lib/emit/emit-plan.ts';
import { mergeDrafts } from './lib/merge-drafts.ts';
import { indexBody, packPage, shardFiles, unitFiles } from './lib/search/build-search-index.ts';
import { buffersOf, serveJobs, WorkerPool } from './lib/worker-pool.ts';
import { similarByMeasure, similarFiles, type SimilarRef } from './lib/similar/similar-files.ts';
import { listSketch, similarListFiles, type ListSketch } from './lib/similar/similar-list-files.ts';
import { withAstroLock } from './astro-lock.ts';
import { publishedFiles } from '../src/lib/data/published-files.ts';
import { writePublished } from './published-files-fs.ts';
import type { Plan } from '../src/model/schema.ts';

const root = resolve(import.meta.dirname, '..');
const seedsDir = resolve(process.env.SEEDS_DIR ?? resolve(root, 'seeds'));
const contentDir = resolve(process.env.CONTENT_DIR ?? resolve(root, 'content'));
const mode = (['--data', '--data-first', '--data-late'] as const).find((flag) => process.argv.includes(flag)) ?? 'site';
/** The late data's inputs, handed from the first data process to the late one (v8.serialize). */
const LATE_INPUTS = 'late-inputs.v8';
const outDir = resolve(root, process.env.OUT_DIR ?? 'dist');
const generatedDir = resolve(root, process.env.GENERATED_DIR ?? 'src/generated');

/** Starts a command with the project's binaries first on PATH, its output on the build's. */
function start(cmd: string, args: readonly string[]): ChildProcess {
  const env = {
    ...process.env, ASTRO_TELEMETRY_DISABLED: '1', GENERATED_DIR: generatedDir,
    ASTRO_CACHE_DIR: process.env.ASTRO_CACHE_DIR ?? resolve(generatedDir, '..', `.astro-cache-${basename(generatedDir)}`),
    PATH: `${resolve(root, 'node_modules/.bin')}:${process.env.PATH}`,
  };
  return spawn(cmd, args, { cwd: root, stdio: 'inherit', env });
}

/** Settles when `child` exits: fulfilled on status 0, else rejected naming `what` and its status or signal. */
function exitOf(child: ChildProcess, what: string): Promise<void> {
  return new Promise((ok, fail) => {
    child.once('error', fail);
    child.once('exit', (code, signal) => (code === 0 ? ok() : fail(new Error(`${what} exited with ${code ?? signal}`))));
  });
}

/** Drafts one file for the build: its plan, emitted at once so only bytes and search units are kept. */
const draftFor = (curated: Curated) => (file: SourceFile, slugTaken: (slug: string) => boolean = () => false): Drafted<EmittedPlan> =>
  // The published source text: original bytes when they are UTF-8, else the decoded text.
  draftPlan(file, curated, slugTaken, (plan, decoded) => emitPlan(plan, decoded.encoding === 'utf-8' ? file.bytes : decoded.text, curated.content.practices));

/** Worker threads' jobs: drafting the files whose turn they take from a shared counter, and writing files. */
function serveBuild(): void {
  const curated = readCurated(contentDir);
  serveJobs({
    draft: async ({ files, next }: { files: SourceFile[]; next: Int32Array }) => {
      const draft = draftFor(await curated);
      const drafts: [number, Drafted<EmittedPlan>][] = [];
      for (let i = Atomics.add(next, 0, 1); i < files.length; i = Atomics.add(next, 0, 1)) drafts.push([i, draft(files[i]!)]);
      return { result: drafts, transfer: buffersOf(drafts.flatMap(([, d]) => (d.ok && d.value ? [...d.value.files.map((f) => f.content), ...d.value.sketch.shingles, ...d.value.sketch.terms] : []))) };
    },
    write: ({ dir, files }: { dir: string; files: OutFile[] }) => ({ result: writeFiles(dir, files) }),
  });
}

/** Drafts every file, on this thread and the pool's, each taking the next file not yet taken. */
async function draftAll(pool: WorkerPool, files: SourceFile[], curated: Curated): Promise<Drafted<EmittedPlan>[]> {
  const next = new Int32Array(new SharedArrayBuffer(4));
  const jobs = Array.from({ length: pool.size }, (_, k) => pool.run<[number, Drafted<EmittedPlan>][]>(k, 'draft', { files, next }));
  const drafts = new Array<Drafted<EmittedPlan>>(files.length);
  const draft = draftFor(curated);
  for (let i = Atomics.add(next, 0, 1); i < files.length; i = Atomics.add(next, 0, 1)) drafts[i] = draft(files[i]!);
  for (const list of await Promise.all(jobs)) for (const [i, d] of list) drafts[i] = d;
  return drafts;
}

/** With BUILD_TIMINGS=1, prints when a phase ended (seconds since `t0`), for the benchmark's "where the time goes". */
function timing(phase: string, t0: number): void {
  if (process.env.BUILD_TIMINGS) console.log(`timing: ${phase} ${((performance.now() - t0) / 1000).toFixed(2)} s`);
}

/** The data half of the build: seeds → src/generated (or GENERATED_DIR). */
async function buildData(t0: number, handOff = false): Promise<LateInputs> {
  const mark = (phase: string) => timing(phase, t0);
  // Folders a killed build left (src/generated.tmp-<pid>, dist.tmp-<pid>) go once their process is gone.
  for (const target of [generatedDir, outDir]) for (const name of await removeStaleTmp(target)) console.log(`removed ${name}, left by a build that is no longer running`);
  const pool = new WorkerPool(new URL(import.meta.url), (Number(process.env.BUILD_THREADS) || availableParallelism()) - 1);
  const files = sortFiles(await readSeeds(seedsDir));
  if (files.length === 0) {
    console.error(`error: ${seedsDir} holds no .txt or .md plan; nothing to build (dist/ is unchanged)`);
    process.exit(1);
  }
  // A malformed content/*.json is the reader's to fix: say which file and field, no stack trace.
  const curated = await readCurated(contentDir).catch((e: Error) => {
    console.error(`error: ${e.message}; src/generated and dist/ are unchanged`);
    process.exit(1);
  });
  mark('read');
  const byName = new Map(files.map((f) => [f.name, f]));
  const draft = draftFor(curated);
  const { kept, errors } = mergeDrafts(await draftAll(pool, files, curated), (name, slugTaken) => draft(byName.get(name)!, slugTaken));
  mark('draft');
  const warnings = kept.flatMap((p) => p.warnings);
  const rel = (name: string) => `${process.env.SEEDS_DIR ? seedsDir : 'seeds'}/${name}`;
  for (const w of warnings) console.warn(`warning: ${rel(w.file)}${w.line ? `:${w.line}` : ''}: ${w.message}`);
  if (errors.length > 0) {
    for (const e of errors) console.error(`error: ${rel(e.file)}${e.line ? `:${e.line}` : ''}: ${e.reason}`);
    console.error(`build stopped: ${errors.length} file(s) cannot be used; src/generated and dist/ are unchanged`);
    process.exit(1);
  }
  // While a worker writes the plans' files, this thread makes the index and finds similar measures.
  const { taxonomy, metrics } = curated.content;
  let late: LateInputs | null = null;
  await writeFolderAtomically(generatedDir, async (tmp) => {
    const planFiles = kept.flatMap((p) => p.files);
    const written = pool.size > 0 ? pool.run(0, 'write', { dir: tmp, files: planFiles }, buffersOf(planFiles.map((f) => f.content))) : writeFiles(tmp, planFiles);
    const index = indexBody([...kept.map((p) => p.page), ...indicatorPages(taxonomy, metrics).map(packPage)], indicatorIds(taxonomy));
    writeFiles(tmp, [...index.files.map((f) => ({ ...f, path: `public/${f.path}` })), warningsFile(warnings)]);
    mark('index body');
    const sketches = kept.map((p) => p.sketch);
    const similar = similarByMeasure(sketches);
    mark('similar found');
    writeFiles(tmp, similarFiles(sketches, similar));
    await written;
    mark('plans written');
    late = { folded: index.folded, units: index.units, shards: index.shards, lists: sketches.map(listSketch), similar };
    if (handOff) writeFileSync(resolve(tmp, LATE_INPUTS), serialize(late));
  });
  pool.close();
  const measures = kept.reduce((n, p) => n + p.measures, 0);
  console.log(`pipeline: ${kept.length} plans, ${measures} measures from ${files.length} files in ${((performance.now() - t0) / 1000).toFixed(2)} s`);
  // Plans the reader should look at: metadata the text did not give, or no measure found.
  const gaps = kept.filter((p) => p.gaps !== null);
  if (gaps.length > 0) console.log(`plans with gaps (npm run check:plan -- FILE for the details):\n${gaps.map((p) => `  ${rel(p.file)}: ${p.gaps}`).join('\n')}`);
  return late!;
}

/**
 * A full garbage collection, when the process runs with --expose-gc (the late data does). Beside
 * Astro the late data's memory counts with Astro's, and V8 let its garbage pile up: at 3,000
 * plans, parsing every plan's model twice for the published data grew its heap to 2.2 GB of which
 * 0.5 GB was live (a forced collection's figure), taking the build to 8.3–8.6 GB. V8's
 * --optimize-for-size kept it at 2.4 GB but doubled the late data's time (160 → 325 s), which then
 * competed with Astro for the two cores. A collection every GC_EVERY_PLANS models costs a few seconds.
 */
function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Plan models the published data parses between two collections. */
const GC_EVERY_PLANS = 250;

/** What the late half of the data needs of the first: the folded index text and published units, the plans' list sketches, the similar measures. */
interface LateInputs { folded: string[]; units: string[]; shards: number; lists: ListSketch[]; similar: Map<string, SimilarRef[]> }

/**
 * The data no page is made from, into `<GENERATED_DIR>/late/public/` while Astro renders the
 * pages: the search index's postings shards and unit files, the plans' similar lists and the published data
 * (/data/…). On this thread only: Astro renders on one, this takes the other core.
 */
async function buildLate(late: LateInputs, t0: number): Promise<void> {
  const mark = (phase: string) => timing(phase, t0);
  const inPublic = (f: { path: string; content: string | Uint8Array }) => ({ ...f, path: `public/${f.path}` });
  const { similar } = late;
  const slugs = late.lists.map((l) => l.slug).sort();
  await writeFolderAtomically(resolve(generatedDir, 'late'), async (tmp) => {
    writeFiles(tmp, shardFiles(late.folded, late.shards).map(inPublic));
    // Each input is let go once used (no other reference holds it): this runs beside Astro, whose memory counts with ours.
    late.folded = [];
    writeFiles(tmp, unitFiles(late.units).map(inPublic));
    late.units = [];
    collect();
    mark('shards and unit files');
    writePublished(tmp, similarListFiles(late.lists, similar));
    late.lists = [];
    collect();
    mark('similar lists');
    let loads = 0;
    const load = (slug: string) => {
      if (++loads % GC_EVERY_PLANS === 0) collect();
      return JSON.parse(readFileSync(resolve(generatedDir, 'model', `${slug}.json`), 'utf8')) as Plan;
    };
    writePublished(resolve(tmp, 'public'), publishedFiles(slugs, load, (id) => similar.get(id) ?? []));
    mark('published data');
  });
  console.log(`late data: search shards and units, similar lists and published data in ${((performance.now() - t0) / 1000).toFixed(2)} s`);
}

/** OFFLINE_PRECACHE_MB: the largest site the service worker precaches whole (see precachePaths). */
function precacheLimitMb(): number {
  const raw = process.env.OFFLINE_PRECACHE_MB;
  if (raw === undefined || raw === '') return PRECACHE_ALL_MB;
  const mb = Number(raw);
  if (!Number.isFinite(mb) || mb < 0) throw new Error(`OFFLINE_PRECACHE_MB must be a number of megabytes ≥ 0, not "${raw}"`);
  return mb;
}

/** The site half: astro build into a fresh folder, then the service worker and offline bundle, swapped into OUT_DIR; `late` settles when the late data process has made its files (an error when it failed). */
async function buildSite(t0: number, late: Promise<void>): Promise<void> {
  const out = `${outDir}.tmp-${process.pid}`;
  rmSync(out, { recursive: true, force: true });
  // Whichever of Astro and the late data fails first stops the other (Astro may still be waiting for the lock).
  let astro: ChildProcess | null = null;
  let failed = false;
  try {
    await Promise.all([
      withAstroLock(root, () => {
        if (failed) return;
        astro = start('astro', ['build', '--outDir', out]);
        return exitOf(astro, 'astro build');
      }).then(() => timing('astro', t0)),
      late,
    ]);
    await linkTree(resolve(generatedDir, 'public'), out);
    await linkTree(resolve(generatedDir, 'late/public'), out);
    timing('public copied', t0);
    await finishSite(root, out, (phase) => timing(phase, t0), precacheLimitMb());
    await swapInto(out, outDir);
    timing('swapped', t0);
  } catch (e) {
    failed = true;
    (astro as ChildProcess | null)?.kill();
    console.error(`build failed: ${(e as Error).message}; ${outDir} is unchanged`);
    process.exitCode = 1;
  } finally {
    if (existsSync(out)) rmSync(out, { recursive: true, force: true });
  }
  if (!process.exitCode) console.log(`site: ${outDir} ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

if (!isMainThread) serveBuild();
else if (mode === 'site') {
  const t0 = performance.now();
  // The data runs in processes of their own, so that their memory (gigabytes at 500 plans) is
  // given back before Astro starts. Their threads allocate short-lived strings by the gigabyte:
  // a 64 MB young generation (V8's default is 16 MB) spends ~10% less time collecting them.
  // The late data then runs beside Astro in a fresh process: kept in the first, it held 3.7 GB
  // at 3,000 plans (freed memory V8 and malloc did not give back) beside Astro's 5 GB.
  const node = (flag: string, ...v8: string[]) => [process.execPath, ['--max-semi-space-size=64', ...v8, fileURLToPath(import.meta.url), flag]] as const;
  const first = spawnSync(...node('--data-first'), { stdio: 'inherit', env: process.env });
  if (first.status !== 0) process.exit(first.status ?? 1);
  // --expose-gc: the late data collects its garbage at set points (see buildLate).
  const late = start(...node('--data-late', '--expose-gc'));
  await buildSite(t0, exitOf(late, 'the late data process'));
  if (process.exitCode) late.kill();
} else {
  const t0 = performance.now();
  const inputs = resolve(generatedDir, LATE_INPUTS);
  if (mode === '--data') await buildLate(await buildData(t0), t0);
  else if (mode === '--data-first') await buildData(t0, true);
  else {
    await buildLate(deserialize(readFileSync(inputs)) as LateInputs, t0);
    rmSync(inputs);
  }
}
