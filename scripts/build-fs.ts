/**
 * File-system side of the build, kept apart from the pure pipeline: reading seeds, writing
 * a folder atomically, swapping a freshly built folder into place, finishing a built site.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { readdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { RegionsFile } from '../src/model/regions.ts';
import type { Curated, SourceFile } from './lib/build-plans.ts';
import { loadGazetteer } from './lib/enrich/gazetteer-fs.ts';
import { parseEnrichContent } from './lib/enrich/parse-enrich-content.ts';
import type { OutFile } from './lib/emit/emit-files.ts';
import { staleTmpFolders } from './lib/stale-tmp.ts';
import { alive } from './astro-lock.ts';
import { moduleDeps } from './lib/emit/module-preloads.ts';
import { finishPage } from './lib/emit/finish-page.ts';
import { fileUrl, PRECACHE_ALL_MB, precachePaths, serviceWorkerSource } from './lib/emit/service-worker.ts';
import { isModuleChunk } from './lib/emit/file-site/classic-scripts.ts';
import { writeOfflineManifest } from './file-site-fs.ts';

/** Reads every *.txt and *.md file of a seeds folder (not recursive). */
export async function readSeeds(dir: string): Promise<SourceFile[]> {
  if (!existsSync(dir)) throw new Error(`seeds folder not found: ${dir} (set SEEDS_DIR to a folder of .txt / .md plans)`);
  const names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile() && /\.(txt|md)$/i.test(e.name)).map((e) => e.name).sort();
  return Promise.all(names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(join(dir, name))) })));
}

/** Reads and validates the curated content files of content/, and loads the gazetteer (once per thread). */
export async function readCurated(contentDir: string): Promise<Curated> {
  const json = async (name: string) => {
    const text = await readFile(join(contentDir, name), 'utf8');
    try { return JSON.parse(text) as unknown; } catch (e) { throw new Error(`content/${name} is not valid JSON: ${(e as Error).message}`); }
  };
  const regions = RegionsFile.safeParse(await json('regions.json'));
  if (!regions.success) throw new Error(`content/regions.json is not valid: ${regions.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  return {
    regions: { gazetteer: loadGazetteer(), overrides: regions.data },
    // practice-names.json is optional: a content folder without it finds similar measures by their wording alone.
    content: parseEnrichContent({ taxonomy: await json('indicators.json'), lexicon: await json('indicator-lexicon.json'), metrics: await json('metrics.json'), practices: existsSync(join(contentDir, 'practice-names.json')) ? await json('practice-names.json') : undefined }),
  };
}

/**
 * Writes files under `dir`. Each folder is made once, then the files are written synchronously:
 * awaiting a mkdir and a write per file cost more than the writes (20 000 files: ~10 s against ~1 s).
 */
export function writeFiles(dir: string, files: OutFile[]): void {
  for (const d of new Set(files.map((f) => dirname(join(dir, f.path))))) mkdirSync(d, { recursive: true });
  for (const f of files) writeFileSync(join(dir, f.path), f.content);
}

/**
 * Fills `<target>.tmp-<pid>` (with `files`, or by `fill`, which may share the writing among
 * threads), then swaps the whole folder in, so a failure never leaves half an output.
 */
export async function writeFolderAtomically(target: string, files: OutFile[] | ((tmp: string) => Promise<void>)): Promise<void> {
  const tmp = `${target}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  if (typeof files === 'function') await files(tmp);
  else writeFiles(tmp, files);
  await swapInto(tmp, target);
}

/**
 * Removes what killed builds left beside `target` (`<target>.tmp-<pid>`, `.old-<pid>`) when
 * their process is gone; returns the names removed. A live build's folders are left alone.
 */
export async function removeStaleTmp(target: string): Promise<string[]> {
  const parent = dirname(target);
  if (!existsSync(parent)) return [];
  const stale = staleTmpFolders(basename(target), await readdir(parent), process.pid, alive);
  for (const f of stale) await rm(join(parent, f.name), { recursive: true, force: true });
  return stale.map((f) => f.name);
}

/** Every file under `dir`, as "/"-separated paths relative to it, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/')).sort();
}

/**
 * Puts every file under `from` at its path under `to` as a hard link (a copy across file
 * systems), replacing a file there: copying the generated public files (search index, sources,
 * similar lists: 170 MB at 500 plans) took a second of the build. Safe: src/generated is never
 * written in place (writeFolderAtomically) and nothing writes these files of a built site.
 */
export async function linkTree(from: string, to: string): Promise<void> {
  const made = new Set<string>();
  for (const p of await listFiles(from)) {
    const dest = join(to, p);
    if (!made.has(dirname(dest))) { mkdirSync(dirname(dest), { recursive: true }); made.add(dirname(dest)); }
    const link = () => { try { linkSync(join(from, p), dest); } catch (e) { if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e; copyFileSync(join(from, p), dest); } };
    try { link(); } catch (e) { if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e; unlinkSync(dest); link(); }
  }
}

/** Replaces `target` by `fresh` with two renames; the old folder is removed afterwards. */
export async function swapInto(fresh: string, target: string): Promise<void> {
  const old = `${target}.old-${process.pid}`;
  if (existsSync(target)) await rename(target, old);
  await rename(fresh, target);
  await rm(old, { recursive: true, force: true });
}

/**
 * Pages whose styles stay inline: the search page's first layout then waits for no stylesheet
 * and does not land just when its module script arrives (a cold query on the seeds, 40 ms of
 * network latency: 453 → 380 ms with the early shard preloads).
 */
const KEEP_STYLES_INLINE = new Set(['search/index.html']);

/**
 * Adds what needs the finished site: the pages' styles moved to shared sheets, modulepreload links for the imports of module scripts and
 * style hashes on pages, the service worker (under a cache named after the site's files: see
 * below; precaching them all, or only the shell of a site over `precacheLimitMb`: see
 * precachePaths) and what the offline zip is made from (the zip itself is made on demand from
 * the site's own files: downloads/offline/manifest.json, offline-manifest.ts).
 */
export async function finishSite(root: string, out: string, mark: (phase: string) => void = () => {}, precacheLimitMb = PRECACHE_ALL_MB): Promise<void> {
  const paths = (await listFiles(out)).filter((p) => !p.startsWith('downloads/'));
  const chunks = new Map(paths.filter(isModuleChunk).map((p) => [p.slice(7), readFileSync(resolve(out, p), 'utf8')]));
  const depsOf = (entry: string) => moduleDeps(entry, chunks);
  const hash = createHash('sha256');
  const sizes: { path: string; bytes: number }[] = [];
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const p of paths) {
    // Only pages are read: they get their inline styles' hashes (and preloads: finish-page.ts).
    // Every other file is named by its path and size in the cache name: reading 300 MB of data
    // at 500 plans to hash it cost time, and those files are made from the same plans as the
    // pages, whose bytes are hashed.
    if (!p.endsWith('.html')) {
      const size = statSync(resolve(out, p)).size;
      hash.update(`${p}\0${size}\n`);
      sizes.push({ path: p, bytes: size });
      continue;
    }
    const read = readFileSync(resolve(out, p));
    const page = finishPage(read, p, depsOf, KEEP_STYLES_INLINE.has(p));
    if (page.bytes !== read) writeFileSync(resolve(out, p), page.bytes);
    for (const s of page.scripts) scripts.add(s);
    hash.update(`${p}\0`).update(page.bytes);
    sizes.push({ path: p, bytes: page.bytes.length });
    // Pages with the same styles link the same sheet: it is written once. Its name is a hash
    // of its text, which the linking pages' bytes (hashed above) carry.
    if (page.style && !styles.has(page.style.path)) {
      const css = Buffer.from(page.style.css, 'utf8');
      writeFileSync(resolve(out, page.style.path), css);
      styles.add(page.style.path);
      sizes.push({ path: page.style.path, bytes: css.length });
    }
  }
  mark('module preloads, shared styles, style hashes, hash');
  const build = hash.digest('hex').slice(0, 12);
  writeFileSync(resolve(out, 'sw.js'), serviceWorkerSource(precachePaths(sizes, precacheLimitMb).map(fileUrl), build));
  mark('service worker');
  await writeOfflineManifest(root, out, sizes.map((s) => ({ path: s.path, size: s.bytes })), [...scripts].sort());
  mark('offline manifest');
}
