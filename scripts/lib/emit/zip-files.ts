import { crc32 } from './crc32.ts';

/**
 * A zip writer with no node: imports: the build's command line (scripts/offline-zip.ts) and the
 * reader's browser (src/scripts/offline-zip/) make the offline zip with this same code.
 */

/** A file to put into a zip archive. */
export interface ZipEntry {
  /** Path inside the archive, with "/" separators. */
  path: string;
  bytes: Uint8Array;
}

/** A file to put into a zip archive, read only when its turn comes (a 500-plan site is 600 MB). */
export interface ZipSource {
  /** Path inside the archive, with "/" separators. */
  path: string;
  read: () => Uint8Array | Promise<Uint8Array>;
}

/** How to write: `deflate` compresses raw (null: store every file); `maxClassic` is lowered only to test zip64. */
export interface ZipOptions {
  deflate?: ((bytes: Uint8Array) => Promise<Uint8Array>) | null;
  /** Most entries the classic end record may count (the format's 65 535). */
  maxClassic?: number;
  /** Files read and compressed ahead of the one being written (fetches in flight in the browser). */
  ahead?: number;
}

/** Files compressed already (the search index shards are gzip): deflating them only costs time. */
const COMPRESSED = /\.(?:bin|gz|zip|png|jpe?g|webp|woff2?)$/i;

/** Raw deflate with the platform's CompressionStream (Chromium, Firefox, Safari, Node ≥ 18); null where there is none, so files are stored. */
export const streamDeflate = typeof CompressionStream === 'undefined' ? null : async (bytes: Uint8Array): Promise<Uint8Array> =>
  new Uint8Array(await new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());

/** Deflated, or stored as is when it is compressed already or deflating does not shrink it. */
async function pack(source: ZipSource, deflate: ZipOptions['deflate']): Promise<{ bytes: Uint8Array; method: number; data: Uint8Array; crc: number }> {
  const bytes = await source.read();
  const crc = crc32(bytes);
  if (!deflate || COMPRESSED.test(source.path) || bytes.length === 0) return { bytes, method: 0, data: bytes, crc };
  const deflated = await deflate(bytes);
  return deflated.length < bytes.length ? { bytes, method: 8, data: deflated, crc } : { bytes, method: 0, data: bytes, crc };
}

/** Writes [offset, value, size] fields little-endian into a new header of `length` bytes. */
function header(length: number, fields: number[][]): Uint8Array {
  const view = new DataView(new ArrayBuffer(length));
  for (const [at, v, size] of fields) {
    if (size === 8) view.setBigUint64(at!, BigInt(v!), true);
    else if (size === 4) view.setUint32(at!, v!, true);
    else view.setUint16(at!, v!, true);
  }
  return new Uint8Array(view.buffer);
}

/**
 * A zip archive of the sources in path order, as chunks to write one after the other, with a
 * fixed date (1980-01-01) so the same files always give the same bytes. File names are UTF-8
 * (flag bit 11). A few files are read and compressed ahead, so memory holds a window of files,
 * not the site. Past 65 535 files or 4 GiB the zip64 records are written (a national site).
 */
export async function* zipChunks(sources: ZipSource[], options: ZipOptions = {}): AsyncGenerator<Uint8Array> {
  const { deflate = streamDeflate, maxClassic = 0xffff, ahead = 8 } = options;
  const sorted = [...sources].sort((a, b) => (a.path < b.path ? -1 : 1));
  // A failure ahead (a cancelled fetch) is thrown when its turn comes; marked handled meanwhile,
  // so a writer stopped earlier leaves no unhandled rejection behind.
  const start = (s: ZipSource) => { const p = pack(s, deflate); p.catch(() => {}); return p; };
  const queue = sorted.slice(0, ahead).map(start);
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [i, source] of sorted.entries()) {
    const { bytes, method, data, crc } = await queue.shift()!;
    if (i + ahead < sorted.length) queue.push(start(sorted[i + ahead]!));
    const name = new TextEncoder().encode(source.path);
    yield header(30, [[0, 0x04034b50, 4], [4, 20, 2], [6, 0x0800, 2], [8, method, 2], [10, 0, 2], [12, 0x21, 2], [14, crc, 4], [18, data.length, 4], [22, bytes.length, 4], [26, name.length, 2], [28, 0, 2]]);
    yield name;
    yield data;
    // An entry starting past 4 GiB keeps its offset in a zip64 extra field (the classic field says 0xffffffff).
    const far = offset >= 0xffffffff;
    const extra = far ? header(12, [[0, 0x0001, 2], [2, 8, 2], [4, offset, 8]]) : new Uint8Array(0);
    central.push(header(46, [[0, 0x02014b50, 4], [4, far ? 45 : 20, 2], [6, far ? 45 : 20, 2], [8, 0x0800, 2], [10, method, 2], [12, 0, 2], [14, 0x21, 2], [16, crc, 4], [20, data.length, 4], [24, bytes.length, 4], [28, name.length, 2], [30, extra.length, 2], [32, 0, 2], [34, 0, 2], [36, 0, 2], [38, 0, 4], [42, far ? 0xffffffff : offset, 4]]), name, extra);
    offset += 30 + name.length + data.length;
  }
  const size = central.reduce((n, p) => n + p.length, 0);
  yield* central;
  const count = sorted.length;
  // The classic end record then says 0xffff entries (and 0xffffffff for what overflows) and readers look at the zip64 records.
  const zip64 = count > maxClassic || offset >= 0xffffffff || size >= 0xffffffff;
  if (zip64) {
    yield header(56, [[0, 0x06064b50, 4], [4, 44, 8], [12, 45, 2], [14, 45, 2], [24, count, 8], [32, count, 8], [40, size, 8], [48, offset, 8]]);
    yield header(20, [[0, 0x07064b50, 4], [8, offset + size, 8], [16, 1, 4]]);
  }
  const shown = zip64 ? 0xffff : count;
  yield header(22, [[0, 0x06054b50, 4], [8, shown, 2], [10, shown, 2], [12, Math.min(size, 0xffffffff), 4], [16, Math.min(offset, 0xffffffff), 4]]);
}

/** The whole archive in memory, for small sets of files (tests, small sites). */
export async function zipFiles(entries: ZipEntry[], options: ZipOptions = {}): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const c of zipChunks(entries.map((e) => ({ path: e.path, read: () => e.bytes })), options)) chunks.push(c);
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out;
}
