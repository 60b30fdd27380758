/**
 * Measures that share exactly the same wording, grouped: plans copy their province's text
 * word for word, and the benchmark's synthetic plans recombine the same paragraphs hundreds of
 * times. Comparing each wording once keeps the similarity stage linear in the distinct texts.
 */

/** Distinct trigram sets and, for each, the input indices that hold it (ascending). */
export interface UniqueWordings {
  sets: Uint32Array[];
  members: number[][];
  /** For each input, the index of its set. */
  of: Int32Array;
}

/** Hash of a whole sorted set, to find equal sets without comparing every pair. */
function setHash(s: Uint32Array): number {
  let h = 0x811c9dc5 ^ s.length;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s[i]!, 0x01000193);
  return h >>> 0;
}

function equal(a: Uint32Array, b: Uint32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Groups inputs with identical trigram sets, in first-seen order. */
export function uniqueWordings(sets: Uint32Array[]): UniqueWordings {
  const out: UniqueWordings = { sets: [], members: [], of: new Int32Array(sets.length) };
  const byHash = new Map<number, number[]>();
  sets.forEach((s, i) => {
    const h = setHash(s);
    const bucket = byHash.get(h) ?? [];
    let u = bucket.find((k) => equal(out.sets[k]!, s));
    if (u === undefined) {
      u = out.sets.length;
      out.sets.push(s);
      out.members.push([]);
      bucket.push(u);
      byHash.set(h, bucket);
    }
    out.members[u]!.push(i);
    out.of[i] = u;
  });
  return out;
}
