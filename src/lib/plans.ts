import { getCollection, getEntry } from 'astro:content';
import type { Measure, Plan } from '../model/schema.ts';

let cache: Plan[] | null = null;

/** Every plan, in slug order (the pipeline validated each one against the Plan schema). */
export async function allPlans(): Promise<Plan[]> {
  cache ??= (await getCollection('plans')).map((e) => e.data as Plan).sort((a, b) => (a.slug < b.slug ? -1 : 1));
  return cache;
}

/** One plan by slug; throws when there is none, so a broken reference fails the build. */
export async function planBySlug(slug: string): Promise<Plan> {
  const entry = await getEntry('plans', slug);
  if (!entry) throw new Error(`no plan with slug "${slug}"; expected one of the generated models in src/generated/model`);
  return entry.data as Plan;
}

const measureMaps = new Map<string, Promise<Map<number, Measure>>>();

/** One measure of a plan by number; the plan's measures are indexed once (a 10 MB plan has 18 000). */
export async function measureOf(slug: string, n: number): Promise<Measure> {
  let map = measureMaps.get(slug);
  if (!map) measureMaps.set(slug, (map = planBySlug(slug).then((p) => new Map(p.measures.map((m) => [m.n, m])))));
  const m = (await map).get(n);
  if (!m) throw new Error(`plan ${slug} has no measure ${n}`);
  return m;
}

export { LEVEL_NAMES, planUrl } from './plan-urls.ts';
