/** Unsigned LEB128 varints: the posting lists of the search index are mostly small numbers (scripts/lib/search/encode-shard.ts writes them). */

/** Reads a varint at `pos.at`, advancing it. */
export function readVarint(bytes: Uint8Array, pos: { at: number }): number {
  let n = 0;
  let scale = 1;
  for (;;) {
    const b = bytes[pos.at++];
    if (b === undefined) throw new Error(`search index: varint runs past the end of the shard (at byte ${pos.at - 1})`);
    n += (b & 0x7f) * scale;
    if (b < 0x80) return n;
    scale *= 0x80;
  }
}
