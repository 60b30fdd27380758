import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { IndexManifest, IndexPage, IndexUnit } from '../../../src/lib/search/index-format.ts';
import { foldText, shardOf } from '../../../src/lib/search/normalize.ts';
import type { OutFile } from '../emit/emit-files.ts';
import { bigramPostings } from './bigram-postings.ts';
import { encodeShard, type Postings } from './encode-shard.ts';
import type { UnitDraft } from './plan-units.ts';

/** A page and its units, as the index builder takes them. */
export interface PageInput {
  page: Omit<IndexPage, 'start' | 'end'>;
  units: UnitDraft[];
}

/** Units per u/<n>.json file: a hit costs one small file (~2 KB compressed). */
const CHUNK = 8;

/** Shard count, a power of two: about 2000 postings (~6 KB compressed) per shard, at least 16. */
function shardCount(positions: number): number {
  return Math.max(16, 2 ** Math.ceil(Math.log2(Math.max(1, positions / 2000))));
}

/** Indicators of every unit as one string: a unit's first indicator upper-case (A = indicators[0]), further ones lower-case, "." for none. */
export function encodeUnitIndicators(units: UnitDraft[], ids: string[]): string {
  const index = new Map(ids.map((id, i) => [id, i]));
  return units.map((u) => {
    const known = u.indicators.filter((id) => index.has(id)).map((id) => index.get(id)!);
    return known.length === 0 ? '.' : known.map((i, k) => String.fromCharCode((k === 0 ? 65 : 97) + i)).join('');
  }).join('');
}

/**
 * Builds the exact search index (format in src/lib/search/index-format.ts) from the pages'
 * units: positional bigram postings in gzip shards, units in JSON chunks, and a manifest.
 * Deterministic: same input, same bytes (sorted keys, gzip without timestamps).
 */
export function buildSearchIndex(inputs: PageInput[], indicators: { id: string; name: string }[]): OutFile[] {
  const pages: IndexPage[] = [];
  const units: UnitDraft[] = [];
  for (const { page, units: us } of inputs) {
    pages.push({ ...page, start: units.length, end: units.length + us.length });
    units.push(...us);
  }
  const folded = units.map((u) => foldText(u.t));
  const total = folded.reduce((n, t) => n + t.length, 0);
  const shards = shardCount(total);
  const grams: Map<string, Postings>[] = Array.from({ length: shards }, () => new Map());
  for (const [g, list] of bigramPostings(folded)) grams[shardOf(g, shards)]!.set(g, list);
  const unitIndicators = encodeUnitIndicators(units, indicators.map((x) => x.id));
  const build = createHash('sha256').update(JSON.stringify([pages, units])).digest('hex').slice(0, 12);
  const manifest: IndexManifest = { build, shards, chunk: CHUNK, pages, indicators, unitIndicators };
  const files: OutFile[] = [{ path: 'search/manifest.json', content: JSON.stringify(manifest) }];
  grams.forEach((map, n) => files.push({ path: `search/s/${n}.bin`, content: gzipSync(encodeShard(map)) }));
  for (let c = 0; c * CHUNK < units.length; c++) {
    const chunk: IndexUnit[] = units.slice(c * CHUNK, (c + 1) * CHUNK).map(({ indicators: _, ...u }) => u);
    files.push({ path: `search/u/${c}.json`, content: JSON.stringify(chunk) });
  }
  return files;
}
