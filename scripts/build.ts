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
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, resolve } from 'node:path';
import { listFiles, readCurated, readSeeds, swapInto, writeFolderAtomically } from './build-fs.ts';
import { buildPlans } from './lib/build-plans.ts';
import { decodeSource } from './lib/ingest/decode-source.ts';
import { emitFiles } from './lib/emit/emit-files.ts';
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

const t0 = performance.now();
const files = await readSeeds(seedsDir);
if (files.length === 0) {
  console.error(`error: ${seedsDir} holds no .txt or .md plan; nothing to build (dist/ is unchanged)`);
  process.exit(1);
}
const curated = await readCurated(resolve(root, 'content'));
const result = buildPlans(files, curated);
const rel = (name: string) => `${process.env.SEEDS_DIR ? seedsDir : 'seeds'}/${name}`;
for (const w of result.warnings) console.warn(`warning: ${rel(w.file)}${w.line ? `:${w.line}` : ''}: ${w.message}`);
if (result.errors.length > 0) {
  for (const e of result.errors) console.error(`error: ${rel(e.file)}${e.line ? `:${e.line}` : ''}: ${e.reason}`);
  console.error(`build stopped: ${result.errors.length} file(s) cannot be used; src/generated and dist/ are unchanged`);
  process.exit(1);
}
// The published source text: original bytes when they are UTF-8, else the decoded text.
const sources = new Map(files.map((f) => {
  const d = decodeSource(f.name, f.bytes);
  return [f.name, d.encoding === 'utf-8' ? f.bytes : d.text] as const;
}));
await writeFolderAtomically(generatedDir, emitFiles(result.plans, sources, curated.content.taxonomy, curated.content.metrics));
const measures = result.plans.reduce((n, p) => n + p.measures.length, 0);
console.log(`pipeline: ${result.plans.length} plans, ${measures} measures from ${files.length} files in ${((performance.now() - t0) / 1000).toFixed(2)} s`);
if (dataOnly) process.exit(0);

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
