/** Reads, at build time, what the search page's HTML carries about the generated index. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generatedDir } from './plan-models-fs.ts';
import type { IndexManifest } from './search/index-format.ts';

/**
 * The shard count of the index scripts/build.ts wrote (`<GENERATED_DIR>/public/search/manifest.json`):
 * the search page puts it in its HTML so a query from the URL can fetch its shards before the manifest.
 */
export function readShardCount(): number {
  const file = resolve(generatedDir(), 'public/search/manifest.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as IndexManifest).shards;
}
