import { promisify } from 'node:util';
import { crc32, deflateRaw } from 'node:zlib';

const deflate = promisify(deflateRaw);

/** A file to put into a zip archive. */
export interface ZipEntry {
  /** Path inside the archive, with "/" separators. */
  path: string;
  bytes: Uint8Array;
}

/**
 * Each entry deflated, or stored as is when deflating does not shrink it (the search index
 * shards are gzip already). zlib's async deflate runs on its thread pool, so a large site is
 * compressed on every core at once; results come back in the order of the entries.
 */
const compress = (entries: ZipEntry[]) => Promise.all(entries.map(async (e) => {
  const deflated = new Uint8Array(await deflate(e.bytes));
  return deflated.length < e.bytes.length ? { method: 8, data: deflated } : { method: 0, data: e.bytes };
}));

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
 * A zip archive of the entries in path order, with a fixed date (1980-01-01) so the same files
 * always give the same bytes. File names are UTF-8 (flag bit 11). `maxClassic` is the most
 * entries the classic end record may count (the format's 65 535; lower only to test zip64).
 */
export async function zipFiles(entries: ZipEntry[], maxClassic = 0xffff): Promise<Uint8Array> {
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : 1));
  const packed = await compress(sorted);
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [i, e] of sorted.entries()) {
    const name = new TextEncoder().encode(e.path);
    const { method, data } = packed[i]!;
    const crc = crc32(e.bytes);
    parts.push(header(30, [[0, 0x04034b50, 4], [4, 20, 2], [6, 0x0800, 2], [8, method, 2], [10, 0, 2], [12, 0x21, 2], [14, crc, 4], [18, data.length, 4], [22, e.bytes.length, 4], [26, name.length, 2], [28, 0, 2]]), name, data);
    central.push(header(46, [[0, 0x02014b50, 4], [4, 20, 2], [6, 20, 2], [8, 0x0800, 2], [10, method, 2], [12, 0, 2], [14, 0x21, 2], [16, crc, 4], [20, data.length, 4], [24, e.bytes.length, 4], [28, name.length, 2], [30, 0, 2], [32, 0, 2], [34, 0, 2], [36, 0, 2], [38, 0, 4], [42, offset, 4]]), name);
    offset += 30 + name.length + data.length;
  }
  const size = central.reduce((n, p) => n + p.length, 0);
  const count = entries.length;
  // More than 65 535 files (a corpus of a few thousand plans) needs the zip64 end records; the
  // classic record then says 0xffff and readers look there.
  const zip64 = count > maxClassic ? [
    header(56, [[0, 0x06064b50, 4], [4, 44, 8], [12, 45, 2], [14, 45, 2], [24, count, 8], [32, count, 8], [40, size, 8], [48, offset, 8]]),
    header(20, [[0, 0x07064b50, 4], [8, offset + size, 8], [16, 1, 4]]),
  ] : [];
  const shown = count > maxClassic ? 0xffff : count;
  const end = header(22, [[0, 0x06054b50, 4], [8, shown, 2], [10, shown, 2], [12, size, 4], [16, offset, 4]]);
  const all = [...parts, ...central, ...zip64, end];
  const out = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of all) { out.set(p, at); at += p.length; }
  return out;
}
