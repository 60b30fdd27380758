/** The real seeds run through the whole pipeline, in slug order (as the site lists them). */
import { buildPlans } from '../../../scripts/lib/build-plans.ts';
import type { Plan } from '../../../src/model/schema.ts';
import { CURATED, SEEDS } from '../../golden/seeds.ts';

const result = buildPlans(SEEDS, CURATED);
if (result.errors.length > 0) throw new Error(`seeds did not build: ${result.errors.map((e) => e.reason).join('; ')}`);

/** Every seed plan, sorted by slug like src/lib/plans.ts `allPlans()`. */
export const PLANS: Plan[] = [...result.plans].sort((a, b) => (a.slug < b.slug ? -1 : 1));

/** One seed plan by slug. */
export function plan(slug: string): Plan {
  const p = PLANS.find((x) => x.slug === slug);
  if (!p) throw new Error(`no seed plan ${slug}; have ${PLANS.map((x) => x.slug).join(', ')}`);
  return p;
}
