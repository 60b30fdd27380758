import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { zipFiles } from '../../../scripts/lib/emit/zip-files.ts';

/** Reads a zip the way an unzip tool does: end record → central directory → each local entry. */
function unzip(zip: Uint8Array): Map<string, { method: number; bytes: Uint8Array }> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const endAt = zip.byteLength - 22;
  expect(view.getUint32(endAt, true)).toBe(0x06054b50);
  let count = view.getUint16(endAt + 8, true);
  let at = view.getUint32(endAt + 16, true);
  if (count === 0xffff) {
    const z64 = Number(view.getBigUint64(endAt - 20 + 8, true));
    expect(view.getUint32(z64, true)).toBe(0x06064b50);
    count = Number(view.getBigUint64(z64 + 32, true));
  }
  const out = new Map<string, { method: number; bytes: Uint8Array }>();
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const method = view.getUint16(at + 10, true);
    const stored = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    const start = local + 30 + view.getUint16(local + 26, true);
    const data = zip.subarray(start, start + stored);
    out.set(name, { method, bytes: method === 8 ? new Uint8Array(inflateRawSync(data)) : data });
    at += 46 + nameLength;
  }
  return out;
}

const text = (s: string) => new TextEncoder().encode(s);

describe('zipFiles', () => {
  it('round-trips text (deflated) and incompressible bytes (stored), with UTF-8 names, in path order', async () => {
    let seed = 2463534242;
    // xorshift32: bytes that deflate cannot shrink, like the gzip shards of the search index.
    const noise = new Uint8Array(4096).map(() => { seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5; return seed & 0xff; });
    const zip = await zipFiles([{ path: 'b/使用说明.txt', bytes: text('离线使用'.repeat(100)) }, { path: 'a/index.json.gz', bytes: noise }]);
    const files = unzip(zip);
    expect([...files.keys()]).toEqual(['a/index.json.gz', 'b/使用说明.txt']);
    expect(files.get('b/使用说明.txt')!.method).toBe(8);
    expect(new TextDecoder().decode(files.get('b/使用说明.txt')!.bytes)).toBe('离线使用'.repeat(100));
    expect(files.get('a/index.json.gz')).toEqual({ method: 0, bytes: noise });
  });

  it('gives the same bytes for the same files, whatever their order', async () => {
    const files = [{ path: 'x.txt', bytes: text('x') }, { path: 'y.txt', bytes: text('y') }];
    expect(await zipFiles(files)).toEqual(await zipFiles([...files].reverse()));
  });

  it('writes zip64 end records past the classic limit (65 535 files; 3 here)', async () => {
    const files = Array.from({ length: 5 }, (_, i) => ({ path: `f${i}`, bytes: text(String(i)) }));
    const zip = await zipFiles(files, 3);
    expect(new DataView(zip.buffer).getUint16(zip.byteLength - 22 + 8, true)).toBe(0xffff);
    const read = unzip(zip);
    expect(read.size).toBe(5);
    expect(new TextDecoder().decode(read.get('f4')!.bytes)).toBe('4');
    expect(unzip(await zipFiles(files)).size).toBe(5);
  });
});
