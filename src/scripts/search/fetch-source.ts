import type { IndexSource } from '../../lib/search/engine.ts';

/** Reads index files over HTTP; shards are gzip files decompressed in the browser. */
export function fetchSource(base: string): IndexSource {
  const get = async (path: string) => {
    const res = await fetch(new URL(path, base));
    if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
    return res;
  };
  return {
    json: async (path) => (await get(path)).json(),
    gzip: async (path) => {
      const body = (await get(path)).body!.pipeThrough(new DecompressionStream('gzip'));
      return new Uint8Array(await new Response(body).arrayBuffer());
    },
  };
}
