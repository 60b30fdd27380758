/**
 * Index files as classic scripts, for the copy of the site opened from disk: there fetch() of a
 * local file fails (the page's origin is null), while a `<script src>` loads. Each file becomes
 * a script that registers its data on a global, under the file's path:
 *   (self.__bizenvData||(self.__bizenvData={}))["search/manifest.json"]={…};
 * JSON files as their JSON (a JavaScript literal), binary files (gzip shards and units) as base64 text.
 */

/** The global the data scripts fill: file path → JSON value, or base64 of a binary file. */
export const DATA_GLOBAL = '__bizenvData';

/** Path of the script holding a file's data: "search/s/3.bin" → "search/s/3.bin.js". */
export function dataScriptPath(path: string): string {
  return `${path}.js`;
}

/** Files the pages read with fetch() on the served site (src/scripts/site-json.ts, the search), and so need as data scripts from disk. */
export const FETCHED_FILES: RegExp[] = [
  /^search\/manifest\.json$/, // the index manifest
  /^search\/s\/\d+\.bin$/, // postings shards (gzip)
  /^search\/u\/\d+\.json\.gz$/, // unit texts (gzip)
  /^data\/plans\/[a-z0-9-]+\.json\.gz$/, // one plan's record (gzip), read by the plan-against-plan page (/compare/)
  /^data\/plan-index\.json$/, // every plan's province, level, year and pinyin, read by the filters at scale
  /^data\/indicators\/[a-z0-9-]+\/[a-z0-9-]+\.json\.gz$/, // one province's columns on an indicator page (gzip), loaded on demand
  /^plans\/[a-z0-9-]+\/similar\.json\.gz$/, // a plan's similar measures (gzip), loaded when a list is opened
];

/** Whether a site file (path from the root, "search/s/3.bin") is read by fetch() in the browser. */
export function isFetched(path: string): boolean {
  return FETCHED_FILES.some((re) => re.test(path));
}
