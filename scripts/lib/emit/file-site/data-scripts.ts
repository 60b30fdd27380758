import { base64 } from './base64-sha256.ts';
import { DATA_GLOBAL, dataScriptPath, isFetched } from '../../../../src/lib/search/data-script.ts';

/** A site file: its path from the site's root and its bytes. */
export interface SiteFile {
  /** Path from the site's root, "/"-separated: "search/s/3.bin". */
  path: string;
  bytes: Uint8Array;
}

/**
 * The data script for one fetched file (see src/lib/search/data-script.ts): JSON text kept as
 * its literal (the index's JSON has fixed keys, none of them "__proto__", so the literal and
 * JSON.parse give the same value), other bytes (gzip shards) as a base64 string, decompressed
 * in the browser as when served.
 */
export function dataScript(file: SiteFile): SiteFile {
  const key = JSON.stringify(file.path);
  const value = file.path.endsWith('.json') ? new TextDecoder().decode(file.bytes).trim() : JSON.stringify(base64(file.bytes));
  if (value === '') throw new Error(`${file.path} is empty; expected JSON or gzip bytes to turn into a data script`);
  return { path: dataScriptPath(file.path), bytes: new TextEncoder().encode(`(self.${DATA_GLOBAL}||(self.${DATA_GLOBAL}={}))[${key}]=${value};\n`) };
}

/** Fetched files become data scripts; every other file comes back as it is. */
export function toDataScript(file: SiteFile): SiteFile {
  return isFetched(file.path) ? dataScript(file) : file;
}
