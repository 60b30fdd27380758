import { dataScriptPath, isFetched } from '../../../../src/lib/search/data-script.ts';
import { rootOf } from '../../../../src/lib/file-href.ts';
import type { OfflineRewrite } from '../../../../src/model/offline-manifest.ts';
import { isModuleChunk, moduleScripts, toClassicPage } from './classic-scripts.ts';
import { toDataScript, type SiteFile } from './data-scripts.ts';
import { rewriteCss, rewriteHtml } from './rewrite-urls.ts';

/**
 * The offline zip's copy of the built site, made to open from disk by double-click (file://)
 * and still served as it is by serve.mjs: pages with relative links and classic scripts, the
 * search index as data scripts, no service worker. Only this copy goes into the zip, so the
 * archive holds each page once. No node: imports: the reader's browser runs this code too.
 */

/** The module scripts the site's pages (their HTML, read one at a time) load ("_astro/x.js"): each is replaced by its classic bundle. */
export function pageScripts(pages: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const html of pages) for (const s of moduleScripts(html)) out.add(s);
  return [...out].sort();
}

/**
 * How a site file goes into the copy, or null when the copy leaves it out: a module chunk that
 * only other chunks import (its code is in the classic bundles of the page scripts, `classic`).
 * A page script itself goes in as its classic bundle, which the build stores apart: "none".
 */
export function rewriteOf(path: string, classic: ReadonlySet<string>): OfflineRewrite | null {
  if (path.endsWith('.html')) return 'page';
  if (isModuleChunk(path)) return classic.has(path) ? 'none' : null;
  if (path.endsWith('.css')) return 'css';
  return isFetched(path) ? 'data' : 'none';
}

/** A site file (its path from the site's root) changed as `rewrite` says, with its path in the copy. */
export function rewriteFile(file: SiteFile, rewrite: OfflineRewrite): SiteFile {
  const { path } = file;
  if (rewrite === 'page') return { path, bytes: new TextEncoder().encode(rewriteHtml(toClassicPage(new TextDecoder().decode(file.bytes), path), path)) };
  if (rewrite === 'css') return { path, bytes: new TextEncoder().encode(rewriteCss(new TextDecoder().decode(file.bytes), rootOf(path))) };
  if (rewrite === 'data') return toDataScript(file);
  return file;
}

/** Where a site file goes in the copy: fetched files become data scripts ("search/s/3.bin" → "search/s/3.bin.js"). */
export function fileSitePath(path: string): string {
  return isFetched(path) ? dataScriptPath(path) : path;
}

/** The start page at the top of the unzipped folder: double-clicking it opens site/index.html. */
export function startPage(): string {
  return '<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>营商环境方案对照 · 离线版</title>'
    + '<meta http-equiv="refresh" content="0; url=site/index.html"></head>'
    + '<body><p><a href="site/index.html">打开营商环境方案对照（site/index.html）</a></p></body></html>\n';
}
