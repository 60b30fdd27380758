/**
 * The similar measures shown under a measure of a plan page, one per other plan (its best
 * match: five copies of one text in one plan are one plan doing it), best first, for the
 * list on the page (SimilarList.astro); the plan's on-demand file is made by the build
 * (scripts/lib/similar/similar-list-files.ts) with the same choice of one entry per plan.
 */
import { measureUrl, planShortName } from './compare/plan-items.ts';
import { measureOf, planBySlug } from './plans.ts';
import { similarOf } from './similar-fs.ts';
import { onePerPlan } from './similar/one-per-plan.ts';
import type { Measure, Plan } from '../model/schema.ts';

/** One similar measure of another plan, as a list entry. */
export interface SimilarItem {
  /** The other plan. */
  plan: Plan;
  /** Its measure. */
  other: Measure;
  /** Similarity, 0–1. */
  score: number;
  /** Link to the other measure on its plan page. */
  url: string;
  /** Link text: "自贡市 2021 · 措施 2". */
  label: string;
}

/** Entries shown on the page itself: the rest, and every excerpt, load when the list is opened (at 3,000 plans five excerpts under each of 384 measures made a page 0.9 MB). */
export const INLINE_TOP = 2;

/** The similar measures of `measure`, one per other plan, best first. */
export async function similarItems(measure: Measure): Promise<SimilarItem[]> {
  const refs = onePerPlan(similarOf(measure.id));
  return Promise.all(refs.map(async (r) => {
    const [, slug, n] = /^(.*)-m(\d+)$/.exec(r.id)!;
    const plan = await planBySlug(slug!);
    const other = await measureOf(slug!, Number(n));
    return { plan, other, score: r.score, url: measureUrl(plan.slug, other), label: `${planShortName(plan)} · 措施 ${other.n}` };
  }));
}
