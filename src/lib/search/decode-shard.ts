import { readVarint } from './varint.ts';

/** Postings of one bigram: unit ids and positions, as parallel arrays sorted by unit, then position. */
export interface DecodedPostings {
  units: Uint32Array;
  positions: Uint32Array;
}

/** Decodes a shard (already gunzipped) written by scripts/lib/search/encode-shard.ts. */
export function decodeShard(bytes: Uint8Array): Map<string, DecodedPostings> {
  const out = new Map<string, DecodedPostings>();
  const pos = { at: 0 };
  while (pos.at < bytes.length) {
    const a = bytes[pos.at]! | (bytes[pos.at + 1]! << 8);
    const b = bytes[pos.at + 2]! | (bytes[pos.at + 3]! << 8);
    pos.at += 4;
    const n = readVarint(bytes, pos);
    const units = new Uint32Array(n);
    const positions = new Uint32Array(n);
    let unit = 0;
    let p = 0;
    for (let i = 0; i < n; i++) {
      const du = readVarint(bytes, pos);
      const v = readVarint(bytes, pos);
      p = du === 0 && i > 0 ? p + v : v;
      unit += du;
      units[i] = unit;
      positions[i] = p;
    }
    out.set(String.fromCharCode(a, b), { units, positions });
  }
  return out;
}
