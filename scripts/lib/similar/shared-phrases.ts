/**
 * The evidence that two measures commit to the same practice: the phrases they share. Only
 * runs of at least two consecutive shared trigrams count (a shared wording of four or more
 * characters, "一照多址", "川渝通办"); two rare trigrams that merely occur somewhere in both
 * texts are chance. Each trigram weighs its normalised idf (1 = held by one wording,
 * 0 = held by all), so a shared "优化营商环境" weighs little and a shared "一照多址" much.
 */

/** Whether `id` is in the sorted set `s`. */
function has(s: Uint32Array, id: number): boolean {
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const x = s[mid]!;
    if (x === id) return true;
    if (x < id) lo = mid + 1; else hi = mid - 1;
  }
  return false;
}

/** Summed weight of the distinct trigrams of `seq` that lie in shared runs of two or more, against the sorted set `other`. */
export function sharedPhraseWeight(seq: Uint32Array, other: Uint32Array, weight: (id: number) => number): number {
  let total = 0;
  const counted = new Set<number>();
  let runStart = -1;
  const close = (end: number) => {
    if (runStart >= 0 && end - runStart >= 2) {
      for (let k = runStart; k < end; k++) if (!counted.has(seq[k]!)) { counted.add(seq[k]!); total += weight(seq[k]!); }
    }
    runStart = -1;
  };
  for (let i = 0; i < seq.length; i++) {
    if (has(other, seq[i]!)) { if (runStart < 0) runStart = i; } else close(i);
  }
  close(seq.length);
  return total;
}

/** Weight of the heaviest single shared run of two or more trigrams (the longest rare phrase both use). */
export function bestPhraseWeight(seq: Uint32Array, other: Uint32Array, weight: (id: number) => number): number {
  let best = 0;
  let run = 0;
  let len = 0;
  for (let i = 0; i <= seq.length; i++) {
    if (i < seq.length && has(other, seq[i]!)) { run += weight(seq[i]!); len++; continue; }
    if (len >= 2 && run > best) best = run;
    run = 0;
    len = 0;
  }
  return best;
}
