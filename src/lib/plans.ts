import { getCollection, getEntry } from 'astro:content';
import type { Plan } from '../model/schema.ts';

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

/** Chinese names of the government levels. */
export const LEVEL_NAMES: Record<string, string> = { province: '省级', city: '市级', county: '县级' };

/** URL of a plan page. */
export const planUrl = (slug: string): string => `/plans/${slug}/`;
