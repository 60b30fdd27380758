/**
 * Positional postings of every bigram of the folded unit texts, built with an open-addressing
 * hash table on typed arrays (key = the two UTF-16 code units as one uint32): a Map with
 * millions of get/set calls and growing arrays was the slowest part of the whole pipeline.
 */
export function bigramPostings(folded: string[]): Map<string, Uint32Array> {
  let capacity = 1 << 16;
  let keys = new Uint32Array(capacity);
  let used = new Uint8Array(capacity);
  let counts = new Uint32Array(capacity);
  let size = 0;
  const slot = (key: number): number => {
    let i = Math.imul(key, 0x9e3779b1) >>> 0 & (capacity - 1);
    while (used[i] && keys[i] !== key) i = (i + 1) & (capacity - 1);
    return i;
  };
  const grow = () => {
    const [oldKeys, oldUsed, oldCounts] = [keys, used, counts];
    capacity *= 2;
    [keys, used, counts] = [new Uint32Array(capacity), new Uint8Array(capacity), new Uint32Array(capacity)];
    for (let j = 0; j < oldKeys.length; j++) if (oldUsed[j]) { const i = slot(oldKeys[j]!); keys[i] = oldKeys[j]!; used[i] = 1; counts[i] = oldCounts[j]!; }
  };
  for (const text of folded) {
    for (let pos = 0; pos + 1 < text.length; pos++) {
      const key = ((text.charCodeAt(pos) << 16) | text.charCodeAt(pos + 1)) >>> 0;
      const i = slot(key);
      if (!used[i]) { used[i] = 1; keys[i] = key; if (++size * 2 > capacity) { grow(); counts[slot(key)]!++; continue; } }
      counts[i]!++;
    }
  }
  // Second pass: each bigram gets one array of [unit, position] pairs, filled in text order.
  const lists = new Array<Uint32Array | undefined>(capacity);
  const fill = new Uint32Array(capacity);
  folded.forEach((text, unit) => {
    for (let pos = 0; pos + 1 < text.length; pos++) {
      const i = slot(((text.charCodeAt(pos) << 16) | text.charCodeAt(pos + 1)) >>> 0);
      const list = (lists[i] ??= new Uint32Array(counts[i]! * 2));
      list[fill[i]!++] = unit;
      list[fill[i]!++] = pos;
    }
  });
  const out = new Map<string, Uint32Array>();
  for (let i = 0; i < capacity; i++) if (used[i]) out.set(String.fromCharCode(keys[i]! >>> 16, keys[i]! & 0xffff), lists[i]!);
  return out;
}
