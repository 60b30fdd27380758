/**
 * Document frequency of every trigram id over all measures: an open-addressing table in typed
 * arrays, because at 3 000 plans there are tens of millions of (measure, trigram) pairs and a
 * Map of numbers costs several times the memory and time.
 */

/** How many measures hold each trigram id. */
export interface ShingleCounts {
  /** Measures holding `id` (0 when none). */
  get(id: number): number;
}

/** Counts each id once per set; `sets` are the sorted distinct ids of each measure. */
export function countShingles(sets: Uint32Array[]): ShingleCounts {
  let total = 0;
  for (const s of sets) total += s.length;
  let cap = 16;
  while (cap < total * 2) cap *= 2;
  const mask = cap - 1;
  const keys = new Uint32Array(cap);
  const counts = new Uint32Array(cap); // 0 = empty slot; ids are stored with their count > 0
  const slot = (id: number): number => {
    let h = Math.imul(id, 0x9e3779b1) >>> 0;
    for (;;) {
      const k = h & mask;
      if (counts[k] === 0 || keys[k] === id) return k;
      h = k + 1;
    }
  };
  for (const s of sets) {
    for (let i = 0; i < s.length; i++) {
      const k = slot(s[i]!);
      keys[k] = s[i]!;
      counts[k]!++;
    }
  }
  return { get: (id) => counts[slot(id)]! };
}
