import { collectHits, type Collected, type Filters } from './collect-hits.ts';
import { decodeShard, type DecodedPostings } from './decode-shard.ts';
import type { IndexManifest, IndexUnit } from './index-format.ts';
import { matchTerm } from './match-term.ts';
import { coverGrams, shardOf } from './normalize.ts';
import { parseQuery, type ParsedQuery } from './parse-query.ts';

/** How the engine reads index files: bytes of `search/…` paths (gunzipping is the engine's job). */
export interface IndexSource {
  json(path: string): Promise<unknown>;
  gzip(path: string): Promise<Uint8Array>;
}

/** The shards holding the bigrams that cover a query's terms (coverGrams), in an index of `shards` shards. */
export function queryShards(query: ParsedQuery, shards: number): number[] {
  return [...new Set(query.folded.flatMap(coverGrams).map((g) => shardOf(g.gram, shards)))];
}

/** Results of one search. */
export interface SearchResult extends Collected {
  query: ParsedQuery;
}

/**
 * The exact full-text search over the index of src/lib/search/index-format.ts. Loads the
 * manifest once, then per query only the shards of the query's bigrams; unit texts are
 * fetched for the hits that are shown.
 */
export class SearchEngine {
  readonly manifest: IndexManifest;
  private readonly source: IndexSource;
  private readonly shards = new Map<number, Promise<Map<string, DecodedPostings>>>();
  private readonly chunks = new Map<number, Promise<IndexUnit[]>>();

  private constructor(manifest: IndexManifest, source: IndexSource) {
    this.manifest = manifest;
    this.source = source;
  }

  /**
   * Loads the manifest. A page that knows its query early preloads the query's shards
   * (early-shards.ts); the fetches here then take those responses.
   */
  static async load(source: IndexSource): Promise<SearchEngine> {
    return new SearchEngine((await source.json('search/manifest.json')) as IndexManifest, source);
  }

  private shard(n: number): Promise<Map<string, DecodedPostings>> {
    let s = this.shards.get(n);
    if (!s) this.shards.set(n, (s = this.source.gzip(`search/s/${n}.bin`).then(decodeShard)));
    return s;
  }

  /** Runs a query: every term exactly, all terms in a page, filters applied. */
  async search(q: string, filters: Filters = {}): Promise<SearchResult> {
    const query = parseQuery(q);
    const shards = new Map<number, Map<string, DecodedPostings>>();
    await Promise.all(queryShards(query, this.manifest.shards).map(async (n) => shards.set(n, await this.shard(n))));
    const postingsOf = (g: string) => shards.get(shardOf(g, this.manifest.shards))?.get(g);
    const matches = query.folded.map((t) => matchTerm(t, postingsOf));
    return { query, ...collectHits(this.manifest, matches, filters) };
  }

  /** The stored units (text, label, path, leads, deadline) for unit ids. */
  async units(ids: number[]): Promise<Map<number, IndexUnit>> {
    const size = this.manifest.chunk;
    const needed = [...new Set(ids.map((id) => Math.floor(id / size)))];
    const loaded = await Promise.all(needed.map((c) => {
      let p = this.chunks.get(c);
      if (!p) this.chunks.set(c, (p = this.source.gzip(`search/u/${c}.json.gz`).then((b) => JSON.parse(new TextDecoder().decode(b)) as IndexUnit[])));
      return p.then((units) => [c, units] as const);
    }));
    const byChunk = new Map(loaded);
    return new Map(ids.map((id) => [id, byChunk.get(Math.floor(id / size))![id % size]!]));
  }
}
