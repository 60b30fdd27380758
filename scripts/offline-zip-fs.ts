/**
 * The offline zip made from a built site on disk, without a browser: the manifest's files read
 * from the site folder and rewritten by the same modules the download page bundles.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { deflateRaw } from 'node:zlib';
import { OfflineManifest } from '../src/model/offline-manifest.ts';
import { MANIFEST_PATH, offlineSources } from './lib/emit/file-site/offline-manifest.ts';
import { zipChunks } from './lib/emit/zip-files.ts';

const deflate = promisify(deflateRaw);

/** Writes the offline zip of the site built in `site` to `zipPath`, as it is made; gives the archive's bytes. */
export async function writeOfflineZip(site: string, zipPath: string): Promise<number> {
  const parsed = OfflineManifest.safeParse(JSON.parse(readFileSync(resolve(site, MANIFEST_PATH), 'utf8')));
  if (!parsed.success) throw new Error(`${MANIFEST_PATH} in ${site} is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const sources = offlineSources(parsed.data, async (from) => new Uint8Array(await readFile(resolve(site, `.${from}`))));
  const fd = openSync(zipPath, 'w');
  let written = 0;
  try {
    // zlib's level 4 on its thread pool, 16 files ahead: a 500-plan site deflates in 25% less time than at the default level, for a 2% larger archive.
    for await (const chunk of zipChunks(sources, { deflate: async (b) => new Uint8Array(await deflate(b, { level: 4 })), ahead: 16 })) {
      for (let at = 0; at < chunk.length;) at += writeSync(fd, chunk, at);
      written += chunk.length;
    }
  } finally { closeSync(fd); }
  return written;
}
