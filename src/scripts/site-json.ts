// A JSON file of the site as this copy of it can read it: fetched on the served site, a data
// script in the offline copy opened from disk (where fetch() of a local file is refused; see
// lib/search/data-script.ts). Files the pages load in bulk on demand are stored gzip-compressed
// ("data/indicators/<id>/<province>.json.gz", "plans/<slug>/similar.json.gz"): at 500 plans they
// were 122 MB of the site as plain JSON. Shared by every script that loads site data, so each
// reads the same way.
import { gunzip } from './search/gunzip.ts';
import { scriptSource } from './search/script-source.ts';
import { FILE_SITE, siteRoot } from './site-mode.ts';

/** Bytes of a gzip file, decompressed. A server may already have decoded it (one sending `.gz` as Content-Encoding: gzip): then the bytes lack gzip's magic 1f 8b and are the JSON. */
function gunzipped(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzip(bytes) : Promise.resolve(bytes);
}

/** The file at `path` (from the site's root, no leading slash) parsed as JSON; a path ending in `.gz` is gzip-compressed JSON. Rejects when it cannot be had. */
export async function siteJson<T>(path: string): Promise<T> {
  if (FILE_SITE) {
    const source = scriptSource(siteRoot());
    return (path.endsWith('.gz') ? JSON.parse(new TextDecoder().decode(await source.gzip(path))) : await source.json(path)) as T;
  }
  const r = await fetch(`/${path}`);
  if (!r.ok) throw new Error(`载入 ${path} 失败（${r.status}）`);
  if (!path.endsWith('.gz')) return (await r.json()) as T;
  return JSON.parse(new TextDecoder().decode(await gunzipped(new Uint8Array(await r.arrayBuffer())))) as T;
}
