import type { IndexSource } from '../../lib/search/engine.ts';
import { gunzip } from './gunzip.ts';

/** Reads index files over HTTP; shards are gzip files decompressed in the browser. */
export function fetchSource(base: string): IndexSource {
  const get = async (path: string) => {
    const res = await fetch(new URL(path, base));
    if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
    return res;
  };
  return {
    json: async (path) => (await get(path)).json(),
    // The whole (small) shard first, then gunzip from memory: see gunzip.ts.
    gzip: async (path) => gunzip(new Uint8Array(await (await get(path)).arrayBuffer())),
  };
}
