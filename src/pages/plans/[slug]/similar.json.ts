import type { APIRoute, GetStaticPaths } from 'astro';
import { allPlans } from '../../../lib/plans.ts';
import { similarItems } from '../../../lib/similar-items.ts';
import { excerptStrings } from '../../../lib/similar/excerpt-strings.ts';
import { sharedExcerpt } from '../../../lib/similar/shared-excerpt.ts';
import type { Plan } from '../../../model/schema.ts';

export const getStaticPaths: GetStaticPaths = async () => (await allPlans()).map((plan) => ({ params: { slug: plan.slug }, props: { plan } }));

/**
 * /plans/<slug>/similar.json — what a plan page's similar lists load when opened
 * (src/scripts/similar-lists.ts): measure anchor → every entry as [url, label, score in %,
 * excerpt], the excerpt as strings alternating plain and shared wording (excerpt-strings.ts).
 * Fetched once per page, only by a reader who opens a list.
 */
export const GET: APIRoute = async ({ props }) => {
  const { plan } = props as { plan: Plan };
  const out: Record<string, [string, string, number, string[]][]> = {};
  for (const m of plan.measures) {
    const items = await similarItems(m);
    if (items.length > 0) out[m.anchor] = items.map((x) => [x.url, x.label, Math.round(x.score * 100), excerptStrings(sharedExcerpt(m.text, x.other.text, 60))]);
  }
  return new Response(JSON.stringify(out), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
