/** Sizes of a built site folder. */
import { readdirSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';

/** Total bytes, bytes of the Pagefind index, and number of HTML pages of a site folder. */
export interface DirStats {
  bytes: number;
  files: number;
  htmlPages: number;
  pagefindBytes: number;
  /** Files under search/ other than its page: a search index the site builds itself. */
  searchIndexBytes: number;
  /** Files under downloads/ (the offline bundle repeats the whole site). */
  downloadBytes: number;
}

/** Walks a site folder once. */
export function dirStats(dir: string): DirStats {
  const s: DirStats = { bytes: 0, files: 0, htmlPages: 0, pagefindBytes: 0, searchIndexBytes: 0, downloadBytes: 0 };
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const full = resolve(e.parentPath, e.name);
    const size = statSync(full).size;
    s.bytes += size;
    s.files++;
    if (e.name.endsWith('.html')) s.htmlPages++;
    const top = relative(dir, full).split(sep)[0];
    if (top === 'pagefind') s.pagefindBytes += size;
    if (top === 'search' && !e.name.endsWith('.html')) s.searchIndexBytes += size;
    if (top === 'downloads') s.downloadBytes += size;
  }
  return s;
}
