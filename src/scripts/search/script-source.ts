import { DATA_GLOBAL, dataScriptPath } from '../../lib/search/data-script.ts';
import type { IndexSource } from '../../lib/search/engine.ts';
import { gunzip } from './gunzip.ts';

type DataGlobal = Record<string, unknown>;

/** Loads one data script (once) and gives what it registered under `path`. */
function load(root: string, path: string): Promise<unknown> {
  const data = ((self as unknown as Record<string, DataGlobal | undefined>)[DATA_GLOBAL] ??= {});
  if (path in data) return Promise.resolve(data[path]);
  return new Promise((ok, fail) => {
    const script = document.createElement('script');
    script.src = `${root}${dataScriptPath(path)}`;
    script.onload = () => {
      script.remove();
      if (path in data) ok(data[path]);
      else fail(new Error(`${script.src} loaded but registered no data for ${path}`));
    };
    script.onerror = () => { script.remove(); fail(new Error(`${path}: ${script.src} could not be loaded`)); };
    document.head.append(script);
  });
}

/**
 * Reads index files in the offline copy of the site, opened from disk: fetch() of a local file
 * is refused there (origin null), so each file is a classic script registering its data
 * (scripts/lib/emit/file-site/data-scripts.ts), added to the page when first needed. Shards
 * stay gzip (as base64) and are decompressed with DecompressionStream (gunzip.ts), as when served.
 */
export function scriptSource(root: string): IndexSource {
  return {
    json: (path) => load(root, path),
    gzip: async (path) => {
      const base64 = (await load(root, path)) as string;
      return gunzip(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
    },
  };
}
