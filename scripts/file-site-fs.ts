/**
 * File-system side of the offline zip's copy of the site (scripts/lib/emit/file-site/): bundles
 * each page's module script into a classic script with esbuild and stores, beside the built
 * site, what the zip is made from (offline-manifest.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { MANIFEST_PATH, OFFLINE_DIR, offlineManifest, type SizedPath } from './lib/emit/file-site/offline-manifest.ts';

// Vite's preloading of a dynamic import's dependencies (`__vitePreload(() => import("./x.js"),
// __vite__mapDeps([0,1,2]))`) adds <link rel="modulepreload" href="/_astro/…"> to the page: from
// disk a request to the disk's root. In a classic bundle the import is inlined: no dependency
// to preload, so the list is emptied.
const noVitePreload: Plugin = {
  name: 'no-vite-preload',
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, (args) => ({ contents: readFileSync(args.path, 'utf8').replace(/__vite__mapDeps\(\[[\d,\s]*\]\)/g, '[]'), loader: 'js' }));
  },
};

/**
 * A page's module script (a built chunk, "_astro/x.js" under `out`) with every chunk it imports,
 * statically or dynamically, as one classic script (IIFE), with __BIZENV_FILE_SITE__ true
 * (src/scripts/site-mode.ts).
 */
export async function classicBundle(out: string, entry: string): Promise<Uint8Array> {
  const r = await build({
    entryPoints: [resolve(out, entry)], bundle: true, format: 'iife', platform: 'browser', target: 'es2022', minify: true,
    write: false, define: { __BIZENV_FILE_SITE__: 'true' }, plugins: [noVitePreload], logLevel: 'silent',
    // Vite's preload helper reads import.meta.url only to resolve dependencies, and there are none left.
    logOverride: { 'empty-import-meta': 'silent' },
  });
  if (r.errors.length > 0 || r.outputFiles.length !== 1) throw new Error(`bundling ${entry} as a classic script failed: ${r.errors.map((e) => e.text).join('; ') || `${r.outputFiles.length} output files, expected 1`}`);
  return r.outputFiles[0]!.contents;
}

/**
 * Stores under downloads/offline/ what the offline zip needs beyond the site's own files (the
 * classic bundles of the page scripts `scripts`, serve.mjs, the how-to) and the manifest of
 * the zip's files, from the site's files `site` (downloads/ excluded) and their sizes.
 */
export async function writeOfflineManifest(root: string, out: string, site: SizedPath[], scripts: string[]): Promise<void> {
  const dir = resolve(out, OFFLINE_DIR);
  mkdirSync(resolve(dir, '_astro'), { recursive: true });
  const classic = new Map<string, number>();
  for (const s of scripts) {
    const bytes = await classicBundle(out, s);
    writeFileSync(resolve(dir, s), bytes);
    classic.set(s, bytes.length);
  }
  const extras: { path: string; stored: SizedPath }[] = [];
  // The how-to is stored under an ASCII name: its URL stays plain; the archive names it in Chinese.
  for (const [path, from, name] of [['serve.mjs', 'scripts/serve.mjs', 'serve.mjs'], ['使用说明.txt', 'scripts/offline-readme.txt', 'readme.txt']] as const) {
    const bytes = readFileSync(resolve(root, from));
    writeFileSync(resolve(dir, name), bytes);
    extras.push({ path, stored: { path: `${OFFLINE_DIR}/${name}`, size: bytes.length } });
  }
  writeFileSync(resolve(out, MANIFEST_PATH), JSON.stringify(offlineManifest(site, classic, extras)));
}
