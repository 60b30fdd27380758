// The offline zip made in the reader's browser from the site's own files (the zip is not stored
// on the server): the manifest the build wrote, each file fetched and rewritten by the build's
// own modules (scripts/lib/emit/file-site/), deflated with CompressionStream where there is one.
// Loaded on demand by download.ts, so the about page stays light.
import type { OfflineManifest } from '../../model/offline-manifest.ts';
import { MANIFEST_PATH, offlineSources } from '../../../scripts/lib/emit/file-site/offline-manifest.ts';
import { zipChunks } from '../../../scripts/lib/emit/zip-files.ts';

/** How far the zip is: files and bytes fetched, of how many. */
export interface ZipProgress {
  /** Files fetched. */
  files: number;
  /** Files in all. */
  totalFiles: number;
  /** Bytes fetched (as stored on the site). */
  bytes: number;
  /** Bytes in all. */
  totalBytes: number;
}

/** The archive's parts are folded into one Blob every this many bytes, which lets the browser keep them out of the page's memory. */
const FOLD_BYTES = 32 * 1024 * 1024;

/** Fetches a site file, not kept by the service worker (sw.js): making the zip must not copy the whole site into the reader's cache. */
async function get(url: string, signal: AbortSignal): Promise<Response> {
  const r = await fetch(encodeURI(url), { signal, cache: 'no-store' });
  if (!r.ok) throw new Error(`${url}：HTTP ${r.status}`);
  return r;
}

/** The offline zip as a Blob and the name to save it under; `signal` cancels, `progress` is told after each file. */
export async function makeOfflineZip(signal: AbortSignal, progress: (p: ZipProgress) => void): Promise<{ blob: Blob; name: string }> {
  const manifest = (await (await get(`/${MANIFEST_PATH}`, signal)).json()) as OfflineManifest;
  const done: ZipProgress = { files: 0, totalFiles: manifest.files.length, bytes: 0, totalBytes: manifest.bytes };
  progress({ ...done });
  const sources = offlineSources(manifest, async (from, file) => {
    const bytes = new Uint8Array(await (await get(from, signal)).arrayBuffer());
    done.files += 1;
    done.bytes += file.size;
    progress({ ...done });
    return bytes;
  });
  let blob = new Blob([]);
  let parts: Uint8Array<ArrayBuffer>[] = [];
  let pending = 0;
  for await (const chunk of zipChunks(sources)) {
    signal.throwIfAborted();
    parts.push(chunk as Uint8Array<ArrayBuffer>);
    pending += chunk.length;
    if (pending >= FOLD_BYTES) {
      blob = new Blob([blob, ...parts]);
      parts = [];
      pending = 0;
    }
  }
  return { blob: new Blob([blob, ...parts], { type: 'application/zip' }), name: manifest.name };
}
