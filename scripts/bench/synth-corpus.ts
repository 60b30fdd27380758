/** Synthetic corpora for the benchmark: N plans recombined from the seeds, deterministically. */
import { prng } from './prng.ts';
import type { RegionName } from './real-regions.ts';
import { regionStems } from './region-names.ts';
import { slotPools } from './recombine-slots.ts';
import { synthPlan, type Template } from './synth-plan.ts';

/** A plan file to write into a corpus folder. */
export interface CorpusFile {
  name: string;
  text: string;
}

/**
 * N synthetic plans: plan k takes seed k mod (number of seeds) as template and its own PRNG
 * seeded with k, so the corpus of 50 is the first 50 plans of the corpus of 500 and growth
 * is measured on the same plans.
 */
export function synthCorpus(templates: readonly Template[], n: number, regions?: readonly RegionName[]): CorpusFile[] {
  return [...synthPlans(templates, n, regions)];
}

/**
 * The same plans one at a time, so a corpus of 3,000 (some 200 MB of text) is written without
 * holding it whole. Plan k is written for `regions[k]` (real regions: scripts/bench/real-regions.ts)
 * or, without them, for a made-up region (测甲乙市 …) that no gazetteer knows.
 */
export function* synthPlans(templates: readonly Template[], n: number, regions?: readonly RegionName[]): Generator<CorpusFile> {
  const pools = slotPools(templates.map((t) => t.text));
  const seedRegions = templates.map((t) => t.region);
  if (regions && regions.length < n) throw new Error(`${n} plans asked, ${regions.length} regions given`);
  const names: (string | RegionName)[] = regions ? regions.slice(0, n) : regionStems(n);
  for (const [k, to] of names.entries()) {
    yield { name: `bench-${String(k + 1).padStart(4, '0')}.txt`, text: synthPlan(templates[k % templates.length]!, seedRegions, pools, prng(1000 + k), to, k + 1) };
  }
}
