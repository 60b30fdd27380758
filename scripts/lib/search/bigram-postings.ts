/** FNV-1a over two UTF-16 code units modulo `shards`: shardOf (src/lib/search/normalize.ts) without building the bigram string. */
export function shardOfPair(a: number, b: number, shards: number): number {
  const h = Math.imul((Math.imul(0x811c9dc5 ^ a, 0x01000193) >>> 0) ^ b, 0x01000193) >>> 0;
  return h % shards;
}

/** Doubles a typed array's length when `n` does not fit, keeping its contents. */
function fit(a: Uint32Array<ArrayBuffer>, n: number): Uint32Array<ArrayBuffer> {
  if (n < a.length) return a;
  const b = new Uint32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * Positional postings of the bigrams of the folded unit texts, built with an open-addressing
 * hash table on typed arrays (key = the two UTF-16 code units as one uint32): a Map with
 * millions of get/set calls and growing arrays was the slowest part of the whole pipeline.
 * Each bigram gets a dense id on first sight; the first pass notes every position's id, so
 * the second fills one array of all postings without hashing again (each list is a view of it).
 * Only bigrams of shards `n` with `n % parts === part` are kept, so threads can share the work.
 */
export function bigramPostings(folded: string[], shards = 1, part = 0, parts = 1): Map<string, Uint32Array> {
  let capacity = 1 << 16;
  let table = new Uint32Array(capacity * 2); // [key, id + 1] per slot; 0 = empty
  let keys = new Uint32Array(1 << 15);
  let counts = new Uint32Array(1 << 15);
  let size = 0;
  const slot = (key: number): number => {
    let i = Math.imul(key, 0x9e3779b1) >>> 0 & (capacity - 1);
    while (table[i * 2 + 1] !== 0 && table[i * 2] !== key) i = (i + 1) & (capacity - 1);
    return i;
  };
  const grow = () => {
    const old = table;
    capacity *= 2;
    table = new Uint32Array(capacity * 2);
    for (let j = 0; j < old.length; j += 2) if (old[j + 1] !== 0) { const i = slot(old[j]!); table[i * 2] = old[j]!; table[i * 2 + 1] = old[j + 1]!; }
  };
  const positions = folded.reduce((n, t) => n + Math.max(0, t.length - 1), 0);
  const ids = new Int32Array(positions); // -1: a bigram of another part
  let at = 0;
  for (const text of folded) {
    for (let pos = 0; pos + 1 < text.length; pos++, at++) {
      const a = text.charCodeAt(pos);
      const b = text.charCodeAt(pos + 1);
      if (parts > 1 && shardOfPair(a, b, shards) % parts !== part) { ids[at] = -1; continue; }
      const key = ((a << 16) | b) >>> 0;
      const i = slot(key);
      let id = table[i * 2 + 1]! - 1;
      if (id < 0) {
        id = size++;
        table[i * 2] = key;
        table[i * 2 + 1] = id + 1;
        keys = fit(keys, id);
        counts = fit(counts, id);
        keys[id] = key;
        if (size * 2 > capacity) grow();
      }
      counts[id]!++;
      ids[at] = id;
    }
  }
  const start = new Uint32Array(size + 1);
  for (let id = 0; id < size; id++) start[id + 1] = start[id]! + counts[id]! * 2;
  const all = new Uint32Array(start[size]!);
  const fill = start.slice(0, size);
  at = 0;
  folded.forEach((text, unit) => {
    for (let pos = 0; pos + 1 < text.length; pos++, at++) {
      const id = ids[at]!;
      if (id < 0) continue;
      all[fill[id]!++] = unit;
      all[fill[id]!++] = pos;
    }
  });
  const out = new Map<string, Uint32Array>();
  for (let id = 0; id < size; id++) out.set(String.fromCharCode(keys[id]! >>> 16, keys[id]! & 0xffff), all.subarray(start[id]!, start[id + 1]!));
  return out;
}
