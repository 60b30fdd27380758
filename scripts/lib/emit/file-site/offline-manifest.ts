import type { OfflineFile, OfflineManifest } from '../../../../src/model/offline-manifest.ts';
import type { ZipSource } from '../zip-files.ts';
import { fileSitePath, rewriteFile, rewriteOf, startPage } from './file-site.ts';

/**
 * The offline zip is not stored: the build writes a manifest of the site files it is made from
 * (and stores once the few files the site lacks: classic bundles of the page scripts, serve.mjs,
 * the how-to), and the reader's browser or scripts/offline-zip.ts reads those files and applies
 * the same rewrites (file-site.ts) on the way into the archive. Pure: reading is given.
 */

/** Folder of the built site holding the manifest and the zip's own files. */
export const OFFLINE_DIR = 'downloads/offline';
/** The manifest's path in the built site. */
export const MANIFEST_PATH = `${OFFLINE_DIR}/manifest.json`;
/** The archive's top folder. */
export const ZIP_PREFIX = 'bizenv-atlas/';
/** The name the archive is saved under. */
export const ZIP_NAME = 'bizenv-atlas-offline.zip';

/** A file of the built site: its path from the root and its size in bytes. */
export interface SizedPath {
  /** Path from the site's root, "/"-separated. */
  path: string;
  size: number;
}

/**
 * The manifest of a built site's files (`site`, downloads/ excluded), the classic bundles
 * stored under OFFLINE_DIR for the page scripts (by the chunk path they replace, with their
 * size) and the extra files of the archive's top folder (path in the archive → stored file).
 */
export function offlineManifest(site: SizedPath[], classic: ReadonlyMap<string, number>, extras: { path: string; stored: SizedPath }[]): OfflineManifest {
  const files: OfflineFile[] = [];
  const scripts = new Set(classic.keys());
  for (const { path, size } of site) {
    const rewrite = rewriteOf(path, scripts);
    if (rewrite === null) continue;
    files.push(classic.has(path)
      ? { path: `site/${path}`, from: `/${OFFLINE_DIR}/${path}`, size: classic.get(path)!, rewrite }
      : { path: `site/${fileSitePath(path)}`, from: `/${path}`, size, rewrite });
  }
  for (const { path, stored } of extras) files.push({ path, from: `/${stored.path}`, size: stored.size, rewrite: 'none' });
  files.sort((a, b) => (a.path < b.path ? -1 : 1));
  return { prefix: ZIP_PREFIX, name: ZIP_NAME, bytes: files.reduce((n, f) => n + f.size, 0), files };
}

/**
 * The archive's files: each manifest file read by `read` (its root-relative URL → bytes: fetch
 * in the browser, the disk on the command line) and rewritten, and the start page.
 */
export function offlineSources(manifest: OfflineManifest, read: (from: string, file: OfflineFile) => Promise<Uint8Array>): ZipSource[] {
  const sources: ZipSource[] = manifest.files.map((f) => ({
    path: `${manifest.prefix}${f.path}`,
    read: async () => rewriteFile({ path: f.from.slice(1), bytes: await read(f.from, f) }, f.rewrite).bytes,
  }));
  sources.push({ path: `${manifest.prefix}index.html`, read: () => new TextEncoder().encode(startPage()) });
  return sources;
}
