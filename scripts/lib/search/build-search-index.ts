import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { IndexManifest, IndexPage, IndexUnit } from '../../../src/lib/search/index-format.ts';
import { foldText, shardOf } from '../../../src/lib/search/normalize.ts';
import { unitMarks } from '../../../src/lib/search/unit-indicators.ts';
import type { OutFile } from '../emit/emit-files.ts';
import { bigramPostings } from './bigram-postings.ts';
import { encodeShard, type Postings } from './encode-shard.ts';
import type { UnitDraft } from './plan-units.ts';

/** A page and its units, as the index builder takes them. */
export interface PageInput {
  page: Omit<IndexPage, 'start' | 'end'>;
  units: UnitDraft[];
  /** foldText of each unit's text, when already made (on the thread that made the page). */
  folded?: string[];
}

/** A page with its units serialised (on the thread that made the page): the index builder then only joins strings. */
export interface PackedPage {
  page: Omit<IndexPage, 'start' | 'end'>;
  /** JSON of each unit as published in u/<n>.json (without its indicators). */
  published: string[];
  /** Indicator ids of each unit. */
  indicators: string[][];
  /** foldText of each unit's text. */
  folded: string[];
}

/** Serialises a page's units for indexBody. */
export function packPage({ page, units, folded }: PageInput): PackedPage {
  return {
    page,
    published: units.map(({ indicators: _, ...u }) => JSON.stringify(u)),
    indicators: units.map((u) => u.indicators),
    folded: folded ?? units.map((u) => foldText(u.t)),
  };
}

/** The index but its shards and unit files: what shardFiles and unitFiles need, and the manifest. */
export interface IndexBody {
  /** Folded text of every unit, in unit order. */
  folded: string[];
  /** Each unit as published (JSON), in unit order. */
  units: string[];
  shards: number;
  files: OutFile[];
}

/** Units per u/<n>.json.gz file: a hit costs one small file (~2 KB compressed). */
const CHUNK = 8;

/** Shard count, a power of two: about 2000 postings (~6 KB compressed) per shard, at least 16. */
function shardCount(positions: number): number {
  return Math.max(16, 2 ** Math.ceil(Math.log2(Math.max(1, positions / 2000))));
}

/** Indicators of every unit as one string: a unit's first indicator upper-case (A = indicators[0]), further ones lower-case, "." for none. */
export function encodeUnitIndicators(units: Pick<UnitDraft, 'indicators'>[], ids: string[]): string {
  const index = new Map(ids.map((id, i) => [id, i]));
  return units.map((u) => {
    const known = u.indicators.filter((id) => index.has(id)).map((id) => index.get(id)!);
    return known.length === 0 ? '.' : known.map((i, k) => String.fromCharCode((k === 0 ? 65 : 97) + i)).join('');
  }).join('');
}

/** Every facet value the search page can offer, in zh-CN collation order (IndexManifest.valueOrder). */
export function facetValueOrder(pages: Pick<IndexPage, 'kind' | 'facets'>[], indicators: { id: string }[]): string[] {
  const values = new Set<string>(['plan', 'indicator']);
  for (const p of pages) for (const v of Object.values(p.facets)) values.add(v);
  for (const x of indicators) values.add(x.id);
  return [...values].sort(new Intl.Collator('zh-CN').compare);
}

/**
 * gzip level of the shards. Measured on the 500-plan index (28 MB of postings): level 4 takes
 * 0.77 s and makes 18.78 MB, the default (6) 1.05 s and 18.68 MB, level 1 0.74 s and 18.96 MB.
 */
const SHARD_GZIP_LEVEL = 4;

/** The postings shards of the folded unit texts, gzipped. */
export function shardFiles(folded: string[], shards: number): OutFile[] {
  const grams = new Map<number, Map<string, Postings>>();
  for (let n = 0; n < shards; n++) grams.set(n, new Map());
  for (const [g, list] of bigramPostings(folded)) grams.get(shardOf(g, shards))!.set(g, list);
  return [...grams].map(([n, map]) => ({ path: `search/s/${n}.bin`, content: gzipSync(encodeShard(map), { level: SHARD_GZIP_LEVEL }) }));
}

/**
 * The unit files, gzipped: as plain JSON they were three quarters of the index (53 of 72 MB at
 * 500 plans), gzipped 20 MB; level 6 took 1.1 s for those 53 MB, levels 1 to 9 all within 20%.
 * Units come pre-serialised (packPage, on the threads that made them), so this joins strings.
 */
export function unitFiles(units: string[]): OutFile[] {
  const files: OutFile[] = [];
  for (let c = 0; c * CHUNK < units.length; c++) {
    files.push({ path: `search/u/${c}.json.gz`, content: gzipSync(`[${units.slice(c * CHUNK, (c + 1) * CHUNK).join(',')}]`) });
  }
  return files;
}

/** The manifest of the index, and what its shards and unit files are made from (see buildSearchIndex). */
export function indexBody(packed: PackedPage[], indicators: { id: string; name: string }[]): IndexBody {
  const pages: IndexPage[] = [];
  let n = 0;
  for (const p of packed) pages.push({ ...p.page, start: n, end: (n += p.published.length) });
  const published = packed.flatMap((p) => p.published);
  const folded = packed.flatMap((p) => p.folded);
  const total = folded.reduce((sum, t) => sum + t.length, 0);
  const shards = shardCount(total);
  const encoded = encodeUnitIndicators(packed.flatMap((p) => p.indicators.map((ids) => ({ indicators: ids }))), indicators.map((x) => x.id));
  const valueOrder = facetValueOrder(pages, indicators);
  // The build id hashes everything the index publishes: the manifest but its id, then every unit's JSON.
  const marks = unitMarks(encoded);
  const hash = createHash('sha256').update(JSON.stringify({ shards, chunk: CHUNK, pages, indicators, unitIndicators: encoded, unitMarks: marks, valueOrder }));
  for (const json of published) hash.update(`\n${json}`);
  const build = hash.digest('hex').slice(0, 12);
  const manifest: IndexManifest = { build, shards, chunk: CHUNK, pages, indicators, unitIndicators: encoded, unitMarks: marks, valueOrder };
  return { folded, units: published, shards, files: [{ path: 'search/manifest.json', content: JSON.stringify(manifest) }] };
}

/**
 * Builds the exact search index (format in src/lib/search/index-format.ts) from the pages'
 * units: positional bigram postings in gzip shards, units in gzip JSON chunks, and a manifest.
 * Deterministic: same input, same bytes (sorted keys, gzip without timestamps).
 */
export function buildSearchIndex(inputs: PageInput[], indicators: { id: string; name: string }[]): OutFile[] {
  const body = indexBody(inputs.map(packPage), indicators);
  return [...body.files, ...shardFiles(body.folded, body.shards), ...unitFiles(body.units)];
}
