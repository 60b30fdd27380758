/**
 * Open-addressing hash table from bigram key (two UTF-16 code units as one uint32) to a dense
 * id. Fibonacci hashing takes the product's high bits: its low bits depend only on the key's
 * low bits (the second character), which clustered CJK bigrams into ~12 probes a lookup.
 */
class BigramIds {
  /** log2 of the slot count. */
  bits = 16;
  /** [key, id + 1] per slot; 0 = empty. */
  table = new Uint32Array(1 << 17);
  keys = new Uint32Array(1 << 15);
  size = 0;

  /** The id of `key`, given on first sight. */
  id(key: number): number {
    let i = Math.imul(key, 0x9e3779b1) >>> (32 - this.bits);
    const table = this.table;
    const mask = (1 << this.bits) - 1;
    for (;;) {
      const stored = table[2 * i + 1]!;
      if (stored === 0) break;
      if (table[2 * i] === key) return stored - 1;
      i = (i + 1) & mask;
    }
    const id = this.size++;
    table[2 * i] = key;
    table[2 * i + 1] = id + 1;
    if (id >= this.keys.length) this.keys = grown(this.keys);
    this.keys[id] = key;
    if (this.size * 2 > mask) this.rehash();
    return id;
  }

  private rehash(): void {
    const old = this.table;
    this.table = new Uint32Array(old.length * 2);
    this.bits++;
    const mask = (1 << this.bits) - 1;
    for (let j = 0; j < old.length; j += 2) {
      if (old[j + 1] === 0) continue;
      let i = Math.imul(old[j]!, 0x9e3779b1) >>> (32 - this.bits);
      while (this.table[2 * i + 1] !== 0) i = (i + 1) & mask;
      this.table[2 * i] = old[j]!;
      this.table[2 * i + 1] = old[j + 1]!;
    }
  }
}

/** A copy of `a` twice as long. */
function grown(a: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
  const b = new Uint32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * Positional postings of the bigrams of the folded unit texts, built with an open-addressing
 * hash table on typed arrays (BigramIds): a Map with millions of get/set calls and growing
 * arrays was the slowest part of the whole pipeline. Each bigram gets a dense id on first
 * sight; the first pass notes every position's id, so the second fills one array of all
 * postings without hashing again (each list is a view of it).
 */
export function bigramPostings(folded: string[]): Map<string, Uint32Array> {
  const table = new BigramIds();
  let counts = new Uint32Array(1 << 15);
  const positions = folded.reduce((n, t) => n + Math.max(0, t.length - 1), 0);
  const ids = new Uint32Array(positions);
  let at = 0;
  for (const text of folded) {
    let a = text.charCodeAt(0);
    for (let pos = 0; pos + 1 < text.length; pos++, at++) {
      const b = text.charCodeAt(pos + 1);
      const id = table.id(((a << 16) | b) >>> 0);
      if (id >= counts.length) counts = grown(counts);
      counts[id]!++;
      ids[at] = id;
      a = b;
    }
  }
  const size = table.size;
  const keys = table.keys;
  const start = new Uint32Array(size + 1);
  for (let id = 0; id < size; id++) start[id + 1] = start[id]! + counts[id]! * 2;
  const all = new Uint32Array(start[size]!);
  const fill = start.slice(0, size);
  at = 0;
  for (let unit = 0; unit < folded.length; unit++) {
    const n = folded[unit]!.length - 1;
    for (let pos = 0; pos < n; pos++, at++) {
      const id = ids[at]!;
      all[fill[id]!++] = unit;
      all[fill[id]!++] = pos;
    }
  }
  const out = new Map<string, Uint32Array>();
  for (let id = 0; id < size; id++) out.set(String.fromCharCode(keys[id]! >>> 16, keys[id]! & 0xffff), all.subarray(start[id]!, start[id + 1]!));
  return out;
}
