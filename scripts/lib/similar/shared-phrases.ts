/**
 * The evidence that two measures commit to the same practice: the phrases they share. Only
 * runs of at least two consecutive shared trigrams count (a shared wording of four or more
 * characters, "一照多址", "川渝通办"); two rare trigrams that merely occur somewhere in both
 * texts are chance. Each trigram weighs its normalised idf (1 = held by one wording,
 * 0 = held by all), so a shared "优化营商环境" weighs little and a shared "一照多址" much.
 * The hot loop of the similarity stage: weights come precomputed, one pass gives both figures.
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

/** Weight of what `seq` shares with `other` in runs of two or more trigrams: all runs, and the heaviest one. */
export interface PhraseOverlap { all: number; best: number }

/**
 * One pass over `seq` (weights aligned in `w`) against the sorted set `other`. A trigram that
 * recurs in a run counts each time, like the wording's own mass (the sum of `w`).
 */
export function phraseOverlap(seq: Uint32Array, w: Float64Array, other: Uint32Array): PhraseOverlap {
  let all = 0;
  let best = 0;
  let run = 0;
  let len = 0;
  for (let i = 0; i <= seq.length; i++) {
    if (i < seq.length && has(other, seq[i]!)) { run += w[i]!; len++; continue; }
    if (len >= 2) { all += run; if (run > best) best = run; }
    run = 0;
    len = 0;
  }
  return { all, best };
}
