import { inflateRawSync } from 'node:zlib';
import { expect } from 'vitest';

/** Reads a zip the way an unzip tool does: end record → central directory → each local entry (zip64 end records too). */
export function unzip(zip: Uint8Array): Map<string, { method: number; bytes: Uint8Array }> {
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

