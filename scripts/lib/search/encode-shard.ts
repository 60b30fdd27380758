import { writeVarint } from '../../../src/lib/search/varint.ts';

/** Postings of one bigram: [unit, position] pairs sorted by unit, then position. */
export type Postings = ArrayLike<number>;

/**
 * Encodes the bigrams of one shard, sorted by bigram so the bytes never depend on insertion
 * order: per bigram its two UTF-16 code units, the posting count, then each posting as a unit
 * delta and a position (a delta when the unit repeats, else absolute).
 */
export function encodeShard(entries: Map<string, Postings>): Uint8Array {
  const out: number[] = [];
  for (const gram of [...entries.keys()].sort()) {
    const postings = entries.get(gram)!;
    out.push(gram.charCodeAt(0) & 0xff, gram.charCodeAt(0) >> 8, gram.charCodeAt(1) & 0xff, gram.charCodeAt(1) >> 8);
    writeVarint(out, postings.length / 2);
    let unit = 0;
    let pos = 0;
    for (let i = 0; i < postings.length; i += 2) {
      const u = postings[i]!;
      const p = postings[i + 1]!;
      writeVarint(out, u - unit);
      writeVarint(out, u === unit && i > 0 ? p - pos : p);
      unit = u;
      pos = p;
    }
  }
  return new Uint8Array(out);
}
