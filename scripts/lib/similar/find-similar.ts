/**
 * Measures of other plans that commit to the same practice, without comparing all pairs
 * (3 000 plans hold about 450 000 measures): identical wordings are compared once, each
 * wording is probed through an inverted index of its rare trigrams, and only candidates that
 * share at least two of them, or a quoted practice name (quotedTerms), are scored. Boilerplate
 * held by many measures ("各地各部门要…", "进一步优化…服务") is never indexed, so it never makes
 * a candidate, and weighs little in a score.
 */
import { countShingles, type ShingleCounts } from './shingle-counts.ts';
import { uniqueWordings } from './unique-wordings.ts';
import { phraseOverlap } from './shared-phrases.ts';
import { distinctSorted } from './measure-shingles.ts';

/** One measure as the stage sees it. */
export interface SimilarInput {
  /** Which plan it belongs to: measures of the same plan are never paired. */
  group: number;
  /** Trigram ids in text order (measureShingles). */
  shingles: Uint32Array;
  /** Quoted practice names, sorted distinct hashes (quotedTerms). */
  terms: Uint32Array;
}

/** A similar measure: its index in the input and its score (0–1, 1 = same wording). */
export interface SimilarHit { index: number; score: number }

/** Tuning, fixed per build (see README "Similar measures"). */
export interface SimilarOptions {
  /** Hits kept per measure. */
  top: number;
  /** Lowest score shown: precision before recall. */
  minScore: number;
  /** Trigrams and quoted names held by more distinct wordings than this are not indexed (boilerplate). */
  maxPostings: number;
}

/** Defaults calibrated on labelled pairs of the seeds (tests/unit/similar/labelled-pairs.ts). */
export const SIMILAR_DEFAULTS: SimilarOptions = { top: 5, minScore: 0.5, maxPostings: 200 };

/** Longest-shared-phrase weight that scores 0.5. */
const BEST_HALF = 4.5;
/** Least weight a wording is taken to have when the share of it in shared phrases is scored. */
const MIN_MASS = 20;

/** Rarest trigrams of a wording used to find its candidates (named practices are found through their names): few enough to stay linear. */
const PROBES = 16;
/** Candidates scored per wording, those sharing the most rare trigrams first. */
const SCORED = 24;

/** Ids held by 2…maxPostings wordings, with their postings filled in; returns each set's `probes` rarest such ids. */
function indexRare(sets: Uint32Array[], df: ShingleCounts, max: number, postings: Map<number, number[]>, probes: number): Uint32Array[] {
  return sets.map((s, u) => {
    const rare = s.filter((id) => { const d = df.get(id); return d >= 2 && d <= max; });
    for (const id of rare) { let p = postings.get(id); if (!p) postings.set(id, (p = [])); p.push(u); }
    return rare.length <= probes ? rare : Uint32Array.from([...rare].sort((a, b) => df.get(a) - df.get(b) || a - b).slice(0, probes));
  });
}

/**
 * Scores of similar distinct wordings, both ways: pairs[u] = [v, score][]. Three kinds of
 * evidence, each mapped so that 0.5 is "enough" (calibrated on tests/unit/similar/labelled-pairs.ts):
 * (a) the longest rare phrase both use ("人力资源市场秩序清理整顿"): weight 4.5, about seven
 *     distinctive characters, scores 0.5;
 * (b) a quoted practice name both use (“一照多址”): its rarity − 0.1, so a name held by about
 *     n^0.4 wordings scores 0.5 and "放管服"-like names held by many score less;
 * (c) the share of the shorter wording (at least 20 units of weight, so a one-line
 *     "推广使用不动产登记电子证照" is not "covered" by any paragraph naming 不动产登记) that lies
 *     in shared phrases: near-copies score near 1.
 */
function similarWordings(seqs: Uint32Array[], terms: Uint32Array[], o: SimilarOptions): [number, number][][] {
  const n = seqs.length;
  const sets = seqs.map(distinctSorted);
  const df = countShingles(sets);
  const tdf = countShingles(terms);
  const rarity = (d: number) => 1 - Math.log(d) / Math.log(n + 1);
  const weights = seqs.map((seq) => Float64Array.from(seq, (id) => rarity(df.get(id))));
  const mass = weights.map((w) => w.reduce((a, b) => a + b, 0));
  const postings = new Map<number, number[]>();
  const termPostings = new Map<number, number[]>();
  const probes = indexRare(sets, df, o.maxPostings, postings, PROBES);
  const termProbes = indexRare(terms, tdf, o.maxPostings, termPostings, Infinity);
  const pairs: [number, number][][] = sets.map(() => []);
  const stamp = new Int32Array(n).fill(-1);
  const shared = new Int32Array(n);
  const quoted = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const found: number[] = [];
    const visit = (v: number) => { if (stamp[v] !== u) { stamp[v] = u; shared[v] = 0; quoted[v] = 0; found.push(v); } };
    for (const id of probes[u]!) for (const v of postings.get(id)!) if (v > u) { visit(v); shared[v]!++; }
    for (const id of termProbes[u]!) {
      const r = rarity(tdf.get(id));
      for (const v of termPostings.get(id)!) if (v > u) { visit(v); quoted[v] = Math.max(quoted[v]!, r); }
    }
    // Named-practice candidates always; phrase candidates by how many rare trigrams they share.
    const byShared = found.filter((v) => shared[v]! >= 2).sort((x, y) => shared[y]! - shared[x]! || x - y).slice(0, SCORED);
    const scored = new Set([...found.filter((v) => quoted[v]! > 0), ...byShared]);
    for (const v of scored) {
      let score = quoted[v]! > 0 ? quoted[v]! - 0.1 : 0;
      if (shared[v]! >= 2) { // a shared phrase has at least two trigrams
        const uv = phraseOverlap(seqs[u]!, weights[u]!, sets[v]!);
        const vu = phraseOverlap(seqs[v]!, weights[v]!, sets[u]!);
        const best = Math.min(uv.best, vu.best);
        const all = Math.min(uv.all, vu.all);
        score = Math.max(score, best / (best + BEST_HALF), all / Math.max(Math.min(mass[u]!, mass[v]!), MIN_MASS));
      }
      if (score >= o.minScore) { pairs[u]!.push([v, score]); pairs[v]!.push([u, score]); }
    }
  }
  return pairs;
}

/** For every input measure, its most similar measures of other plans, best first (ties: input order). */
export function findSimilar(items: SimilarInput[], options: Partial<SimilarOptions> = {}): SimilarHit[][] {
  const o = { ...SIMILAR_DEFAULTS, ...options };
  const uniq = uniqueWordings(items.map((x) => x.shingles));
  const pairs = similarWordings(uniq.sets, uniq.members.map((m) => items[m[0]!]!.terms), o);
  return items.map((item, i) => {
    const u = uniq.of[i]!;
    const hits: SimilarHit[] = [];
    const add = (members: number[], score: number) => {
      for (const j of members) if (items[j]!.group !== item.group && hits.length < 4 * o.top) hits.push({ index: j, score });
    };
    if (uniq.sets[u]!.length > 1) add(uniq.members[u]!, 1);
    for (const [v, score] of [...pairs[u]!].sort((a, b) => b[1] - a[1] || a[0] - b[0])) {
      if (hits.length >= 4 * o.top) break;
      add(uniq.members[v]!, Math.min(score, 1));
    }
    return hits.sort((a, b) => b.score - a.score || a.index - b.index).slice(0, o.top);
  });
}
