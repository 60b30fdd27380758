import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readCurated } from '../../scripts/build-fs.ts';
import type { SourceFile } from '../../scripts/lib/build-plans.ts';

const root = resolve(import.meta.dirname, '../..');

/** The real seed files, in name order. */
export const SEEDS: SourceFile[] = readdirSync(resolve(root, 'seeds'))
  .filter((n) => /\.(txt|md)$/.test(n))
  .sort()
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(resolve(root, 'seeds', name))) }));

/** The curated content (regions, indicators, lexicon, metrics). */
export const CURATED = await readCurated(resolve(root, 'content'));
