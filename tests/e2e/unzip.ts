import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';

/**
 * Extracts a zip written by scripts/lib/emit/zip-files.ts into `dir`, the way an unzip tool
 * does (end record → central directory → each local entry), names read as UTF-8 (flag bit 11):
 * Info-ZIP's unzip turns "使用说明.txt" into mojibake under this machine's locale.
 */
export function unzipTo(zip: Uint8Array, dir: string): string[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const endAt = zip.byteLength - 22;
  if (view.getUint32(endAt, true) !== 0x06054b50) throw new Error('no zip end record in the last 22 bytes');
  const count = view.getUint16(endAt + 8, true);
  let at = view.getUint32(endAt + 16, true);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const method = view.getUint16(at + 10, true);
    const stored = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    const start = local + 30 + view.getUint16(local + 26, true);
    const data = zip.subarray(start, start + stored);
    const file = resolve(dir, name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, method === 8 ? inflateRawSync(data) : data);
    names.push(name);
    at += 46 + nameLength;
  }
  return names;
}
