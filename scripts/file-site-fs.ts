/**
 * File-system side of the offline zip's copy of the site (scripts/lib/emit/file-site/): reads
 * the built site, bundles each page's module script into a classic script with esbuild, and
 * gives the copy's files to the zip writer.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { isModuleChunk } from './lib/emit/file-site/classic-scripts.ts';
import { fileSiteFile, fileSitePath, pageScripts } from './lib/emit/file-site/file-site.ts';
import type { SiteFile } from './lib/emit/file-site/data-scripts.ts';
import type { ZipSource } from './lib/emit/zip-files.ts';

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

/** The copy's files for the zip, under `prefix`, from the site built in `out` (its files' paths from the root). */
export async function fileSiteSources(out: string, paths: string[], prefix: string): Promise<ZipSource[]> {
  const read = (path: string): SiteFile => ({ path, bytes: new Uint8Array(readFileSync(resolve(out, path))) });
  const pages = function* () { for (const p of paths) if (p.endsWith('.html')) yield readFileSync(resolve(out, p), 'utf8'); };
  const scripts = pageScripts(pages());
  const classic = new Map(await Promise.all(scripts.map(async (s) => [s, await classicBundle(out, s)] as const)));
  // Read and changed only when the zip writer's turn comes: a 500-plan site is 600 MB.
  return paths.filter((p) => !isModuleChunk(p) || classic.has(p)).map((path) => ({
    path: `${prefix}${fileSitePath(path)}`,
    read: () => fileSiteFile(read(path), classic)!.bytes,
  }));
}
