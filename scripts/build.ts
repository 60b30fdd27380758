/**
 * The build: seeds/ → plan models, MDX and the search index (src/generated) → static site
 * (dist/). The only script that touches the disk; every stage it calls is pure.
 *
 *   node scripts/build.ts          data + site (npm run build)
 *   node scripts/build.ts --data   data only (src/generated)
 *
 * SEEDS_DIR=<folder> reads plans from another folder. On any input error the build stops with
 * a message naming file, line and reason, and leaves src/generated and dist/ as they were.
 * OUT_DIR (default dist) and GENERATED_DIR (default src/generated) let tests build side by side.
 * Files are drafted (parse, enrich, emit) on every core, this script being also its worker threads' entry (BUILD_THREADS=1: none).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { basename, resolve } from 'node:path';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { listFiles, readCurated, readSeeds, swapInto, writeFolderAtomically } from './build-fs.ts';
import { sortFiles, type Curated, type SourceFile } from './lib/build-plans.ts';
import { draftPlan, type Drafted } from './lib/draft-plan.ts';
import { siteFiles } from './lib/emit/emit-files.ts';
import { emitPlan, type EmittedPlan } from './lib/emit/emit-plan.ts';
import { mergeDrafts } from './lib/merge-drafts.ts';
import { fileUrl, serviceWorkerSource } from './lib/emit/service-worker.ts';
import { zipFiles } from './lib/emit/zip-files.ts';
import { withAstroLock } from './astro-lock.ts';

const root = resolve(import.meta.dirname, '..');
const seedsDir = resolve(process.env.SEEDS_DIR ?? resolve(root, 'seeds'));
const dataOnly = process.argv.includes('--data');
const outDir = resolve(root, process.env.OUT_DIR ?? 'dist');
const generatedDir = resolve(root, process.env.GENERATED_DIR ?? 'src/generated');

/** Runs a command with the project's binaries first on PATH; stops the build if it fails. */
function run(cmd: string, args: string[]): void {
  const env = {
    ...process.env, ASTRO_TELEMETRY_DISABLED: '1', GENERATED_DIR: generatedDir,
    ASTRO_CACHE_DIR: process.env.ASTRO_CACHE_DIR ?? resolve(generatedDir, '..', `.astro-cache-${basename(generatedDir)}`),
    PATH: `${resolve(root, 'node_modules/.bin')}:${process.env.PATH}`,
  };
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });
  if (r.status !== 0) throw new Error(`\`${cmd} ${args.join(' ')}\` exited with ${r.status ?? r.signal}`);
}

/**
 * Adds what needs the finished site: the service worker (precaching every file under a cache
 * named after a hash of them all) and the offline bundle (the site, its server and a how-to).
 */
async function finishSite(out: string): Promise<void> {
  const paths = (await listFiles(out)).filter((p) => !p.startsWith('downloads/'));
  const hash = createHash('sha256');
  for (const p of paths) hash.update(p).update(readFileSync(resolve(out, p)));
  const build = hash.digest('hex').slice(0, 12);
  writeFileSync(resolve(out, 'sw.js'), serviceWorkerSource(paths.map(fileUrl), build));
  const howto = readFileSync(resolve(root, 'scripts/offline-readme.txt'), 'utf8');
  const entries = [...paths, 'sw.js'].map((p) => ({ path: `bizenv-atlas/site/${p}`, bytes: new Uint8Array(readFileSync(resolve(out, p))) }));
  entries.push({ path: 'bizenv-atlas/serve.mjs', bytes: new Uint8Array(readFileSync(resolve(root, 'scripts/serve.mjs'))) });
  entries.push({ path: 'bizenv-atlas/使用说明.txt', bytes: new TextEncoder().encode(howto) });
  mkdirSync(resolve(out, 'downloads'), { recursive: true });
  writeFileSync(resolve(out, 'downloads/bizenv-atlas-offline.zip'), zipFiles(entries));
}

/** Drafts one file for the build: its plan, emitted at once so only bytes and search units are kept. */
const draftFor = (curated: Curated) => (file: SourceFile, slugTaken: (slug: string) => boolean = () => false): Drafted<EmittedPlan> =>
  // The published source text: original bytes when they are UTF-8, else the decoded text.
  draftPlan(file, curated, slugTaken, (plan, decoded) => emitPlan(plan, decoded.encoding === 'utf-8' ? file.bytes : decoded.text));

/** Worker thread: drafts the files whose turn it takes from the shared counter, and posts each draft back. */
async function draftWorker(port: NonNullable<typeof parentPort>): Promise<void> {
  const curated = readCurated(resolve(root, 'content'));
  const { files, next } = await new Promise<{ files: SourceFile[]; next: Int32Array }>((done) => port.once('message', done));
  const draft = draftFor(await curated);
  for (let i = Atomics.add(next, 0, 1); i < files.length; i = Atomics.add(next, 0, 1)) {
    const d = draft(files[i]!);
    // Handing the encoded files over instead of copying them: they are most of a draft's bytes.
    const buffers = new Set(d.ok && d.value ? d.value.files.map((f) => f.content.buffer as ArrayBuffer) : []);
    port.postMessage({ i, d }, [...buffers]);
  }
  port.postMessage({ done: true });
}

/** Drafts every file, on this thread and on one worker per further core, each taking the next file not yet taken. */
async function draftAll(files: SourceFile[], curated: Curated): Promise<Drafted<EmittedPlan>[]> {
  const threads = Math.min(Number(process.env.BUILD_THREADS) || availableParallelism(), Math.ceil(files.length / 4));
  const next = new Int32Array(new SharedArrayBuffer(4));
  const drafts = new Array<Drafted<EmittedPlan>>(files.length);
  const workers = Array.from({ length: Math.max(0, threads - 1) }, () => new Worker(new URL(import.meta.url)));
  const finished = workers.map((w) => new Promise<void>((done, fail) => {
    w.on('message', (m: { done: true } | { i: number; d: Drafted<EmittedPlan> }) => { if ('done' in m) done(); else drafts[m.i] = m.d; });
    w.once('error', fail);
    w.once('exit', (code) => fail(new Error(`a build worker exited (${code}) before finishing its files`)));
    w.postMessage({ files, next });
  }));
  const draft = draftFor(curated);
  for (let i = Atomics.add(next, 0, 1); i < files.length; i = Atomics.add(next, 0, 1)) drafts[i] = draft(files[i]!);
  try { await Promise.all(finished); } finally { for (const w of workers) void w.terminate(); }
  return drafts;
}

/** The data half of the build: seeds → src/generated (or GENERATED_DIR). */
async function buildData(t0: number): Promise<void> {
  const files = sortFiles(await readSeeds(seedsDir));
  if (files.length === 0) {
    console.error(`error: ${seedsDir} holds no .txt or .md plan; nothing to build (dist/ is unchanged)`);
    process.exit(1);
  }
  const curated = await readCurated(resolve(root, 'content'));
  const byName = new Map(files.map((f) => [f.name, f]));
  const draft = draftFor(curated);
  const { kept, errors } = mergeDrafts(await draftAll(files, curated), (name, slugTaken) => draft(byName.get(name)!, slugTaken));
  const warnings = kept.flatMap((p) => p.warnings);
  const rel = (name: string) => `${process.env.SEEDS_DIR ? seedsDir : 'seeds'}/${name}`;
  for (const w of warnings) console.warn(`warning: ${rel(w.file)}${w.line ? `:${w.line}` : ''}: ${w.message}`);
  if (errors.length > 0) {
    for (const e of errors) console.error(`error: ${rel(e.file)}${e.line ? `:${e.line}` : ''}: ${e.reason}`);
    console.error(`build stopped: ${errors.length} file(s) cannot be used; src/generated and dist/ are unchanged`);
    process.exit(1);
  }
  const { taxonomy, metrics } = curated.content;
  await writeFolderAtomically(generatedDir, [...kept.flatMap((p) => p.files), ...siteFiles(kept.map((p) => p.page), warnings, taxonomy, metrics)]);
  const measures = kept.reduce((n, p) => n + p.measures, 0);
  console.log(`pipeline: ${kept.length} plans, ${measures} measures from ${files.length} files in ${((performance.now() - t0) / 1000).toFixed(2)} s`);
}

/** The site half: astro build into a fresh folder, then the service worker and offline bundle, swapped into OUT_DIR. */
async function buildSite(t0: number): Promise<void> {
  const out = `${outDir}.tmp-${process.pid}`;
  rmSync(out, { recursive: true, force: true });
  try {
    await withAstroLock(root, () => run('astro', ['build', '--outDir', out]));
    cpSync(resolve(generatedDir, 'public'), out, { recursive: true });
    await finishSite(out);
    await swapInto(out, outDir);
  } catch (e) {
    console.error(`build failed: ${(e as Error).message}; ${outDir} is unchanged`);
    process.exitCode = 1;
  } finally {
    if (existsSync(out)) rmSync(out, { recursive: true, force: true });
  }
  if (!process.exitCode) console.log(`site: ${outDir} ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

if (!isMainThread) await draftWorker(parentPort!);
else {
  const t0 = performance.now();
  await buildData(t0);
  if (dataOnly) process.exit(0);
  await buildSite(t0);
}
