/** File-system side of the published data (src/lib/data/published-files.ts) and other bulk files (similar lists): files and pieces written under a folder. */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { PublishedFile } from '../src/lib/data/published-files.ts';
import type { OutFile } from './lib/emit/emit-files.ts';

/**
 * Writes each file, or appends each piece with `append`, under `dir`; a path ending in `.gz`
 * ("data/measures.csv.gz") gets each piece compressed as a gzip member of its own (level 6,
 * gzip's default), so one plan's text at a time is held, never the whole table.
 */
export function writePublished(dir: string, files: Iterable<PublishedFile | OutFile>): void {
  for (const f of files) {
    const path = join(dir, f.path);
    const content = f.path.endsWith('.gz') ? gzipSync(f.content) : f.content;
    if ('append' in f && f.append) {
      appendFileSync(path, content);
      continue;
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
}
