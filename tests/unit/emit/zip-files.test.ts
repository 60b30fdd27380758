import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../scripts/lib/emit/crc32.ts';
import { streamDeflate, zipFiles } from '../../../scripts/lib/emit/zip-files.ts';
import { unzip } from './read-zip.ts';

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
    const zip = await zipFiles(files, { maxClassic: 3 });
    expect(new DataView(zip.buffer).getUint16(zip.byteLength - 22 + 8, true)).toBe(0xffff);
    const read = unzip(zip);
    expect(read.size).toBe(5);
    expect(new TextDecoder().decode(read.get('f4')!.bytes)).toBe('4');
    expect(unzip(await zipFiles(files)).size).toBe(5);
  });

  it('is the browser\'s writer too: CompressionStream deflate, or every file stored where there is none', async () => {
    expect(streamDeflate).not.toBeNull();
    const files = [{ path: 'site/index.html', bytes: text('<p>营商环境</p>'.repeat(500)) }, { path: 'site/empty.txt', bytes: new Uint8Array(0) }];
    for (const deflate of [streamDeflate, null]) {
      const read = unzip(await zipFiles(files, { deflate }));
      expect(read.get('site/index.html')!.method).toBe(deflate ? 8 : 0);
      expect(new TextDecoder().decode(read.get('site/index.html')!.bytes)).toBe('<p>营商环境</p>'.repeat(500));
      expect(read.get('site/empty.txt')!.bytes.length).toBe(0);
    }
  });

  it('checksums as zlib does', () => {
    for (const s of ['', 'a', '离线使用'.repeat(1000)]) expect(crc32(text(s))).toBe(zlibCrc32(text(s)));
  });
});
