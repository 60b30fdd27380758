/** Sizes of a built site folder: totals, the search index, and the largest HTML page overall and per section. */
import { readdirSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';

/** An HTML page and its size on disk, which is its decoded size (the server gzips on the way). */
export interface HtmlPage {
  /** URL path as served: "/indicators/kaiban/" for indicators/kaiban/index.html. */
  path: string;
  bytes: number;
}

/** Total bytes, bytes of the Pagefind index, and number of HTML pages of a site folder. */
export interface DirStats {
  bytes: number;
  files: number;
  htmlPages: number;
  /** Bytes of every HTML page together. */
  htmlBytes: number;
  pagefindBytes: number;
  /** Files under search/ other than its page: a search index the site builds itself. */
  searchIndexBytes: number;
  /** Files under downloads/: since the offline zip is made on demand, only its manifest and the few files the site lacks. */
  downloadBytes: number;
  /** downloads/offline/manifest.json, the list of files the offline zip is made from (0 for a site without one). */
  offlineManifestBytes: number;
  /** The largest HTML page of the site (issue 13: none may exceed 500 KB). */
  largestHtml: HtmlPage | null;
  /** The largest HTML page under each top-level folder ("/" for pages at the top), so the page type that grows is named. */
  largestHtmlBySection: Record<string, HtmlPage>;
}

/** Empty figures, to fold files into. */
export const emptyStats = (): DirStats => ({ bytes: 0, files: 0, htmlPages: 0, htmlBytes: 0, pagefindBytes: 0, searchIndexBytes: 0, downloadBytes: 0, offlineManifestBytes: 0, largestHtml: null, largestHtmlBySection: {} });

/** URL path of an HTML file relative to the site folder, '/'-separated: "a/index.html" → "/a/", "404.html" → "/404.html". */
export const htmlUrlPath = (rel: string): string => `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;

/** Adds one file, by its '/'-separated path relative to the site folder, to the figures. */
export function addFile(s: DirStats, rel: string, size: number): void {
  s.bytes += size;
  s.files++;
  const parts = rel.split('/');
  const top = parts.length > 1 ? parts[0]! : '/';
  if (rel.endsWith('.html')) {
    s.htmlPages++;
    s.htmlBytes += size;
    const page = { path: htmlUrlPath(rel), bytes: size };
    if (!s.largestHtml || size > s.largestHtml.bytes) s.largestHtml = page;
    const best = s.largestHtmlBySection[top];
    if (!best || size > best.bytes) s.largestHtmlBySection[top] = page;
  }
  if (top === 'pagefind') s.pagefindBytes += size;
  if (top === 'search' && !rel.endsWith('.html')) s.searchIndexBytes += size;
  if (top === 'downloads') s.downloadBytes += size;
  if (rel === 'downloads/offline/manifest.json') s.offlineManifestBytes += size;
}

/** Walks a site folder once (one stat per file; a 3,000-plan site has some 10^5 files). */
export function dirStats(dir: string): DirStats {
  const s = emptyStats();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const full = resolve(e.parentPath, e.name);
    addFile(s, relative(dir, full).split(sep).join('/'), statSync(full).size);
  }
  return s;
}
