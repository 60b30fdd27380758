/** Postings of one bigram: [unit, position] pairs sorted by unit, then position. */
export type Postings = ArrayLike<number>;

/** Bytes a shard may take: 4 for the bigram plus at most 5 per varint (values < 2^32). */
function maxBytes(entries: Map<string, Postings>): number {
  let n = 0;
  for (const postings of entries.values()) n += 4 + 5 + 5 * postings.length;
  return n;
}

/**
 * Encodes the bigrams of one shard, sorted by bigram so the bytes never depend on insertion
 * order: per bigram its two UTF-16 code units, the posting count, then each posting as a unit
 * delta and a position (a delta when the unit repeats, else absolute). Varints are unsigned
 * LEB128 as src/lib/search/varint.ts reads them, written into one array sized for the worst case.
 */
export function encodeShard(entries: Map<string, Postings>): Uint8Array {
  const out = new Uint8Array(maxBytes(entries));
  let at = 0;
  const varint = (n: number) => {
    let v = n;
    while (v >= 0x80) {
      out[at++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    out[at++] = v;
  };
  for (const gram of [...entries.keys()].sort()) {
    const postings = entries.get(gram)!;
    out[at++] = gram.charCodeAt(0) & 0xff;
    out[at++] = gram.charCodeAt(0) >> 8;
    out[at++] = gram.charCodeAt(1) & 0xff;
    out[at++] = gram.charCodeAt(1) >> 8;
    varint(postings.length / 2);
    let unit = 0;
    let pos = 0;
    for (let i = 0; i < postings.length; i += 2) {
      const u = postings[i]!;
      const p = postings[i + 1]!;
      varint(u - unit);
      varint(u === unit && i > 0 ? p - pos : p);
      unit = u;
      pos = p;
    }
  }
  return out.slice(0, at);
}
