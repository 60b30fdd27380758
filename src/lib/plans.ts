import type { Measure, Plan } from '../model/schema.ts';
import { readPlanModels } from './plan-models-fs.ts';

let cache: Plan[] | null = null;
let bySlug: Map<string, Plan> | null = null;

/** Every plan, in slug order (the pipeline validated each one against the Plan schema). */
export async function allPlans(): Promise<Plan[]> {
  cache ??= readPlanModels();
  return cache;
}

/** One plan by slug; throws when there is none, so a broken reference fails the build. */
export async function planBySlug(slug: string): Promise<Plan> {
  bySlug ??= new Map((await allPlans()).map((p) => [p.slug, p]));
  const plan = bySlug.get(slug);
  if (!plan) throw new Error(`no plan with slug "${slug}"; expected one of the generated models in src/generated/model`);
  return plan;
}

const measureMaps = new Map<string, Promise<Map<number, Measure>>>();

/** A plan's measures by number, indexed once per plan (a 10 MB plan has 18 000). */
export function measureMap(slug: string): Promise<Map<number, Measure>> {
  let map = measureMaps.get(slug);
  if (!map) measureMaps.set(slug, (map = planBySlug(slug).then((p) => new Map(p.measures.map((m) => [m.n, m])))));
  return map;
}

/** One measure of a plan by number. */
export async function measureOf(slug: string, n: number): Promise<Measure> {
  const m = (await measureMap(slug)).get(n);
  if (!m) throw new Error(`plan ${slug} has no measure ${n}`);
  return m;
}

export { LEVEL_NAMES, planUrl } from './plan-urls.ts';
