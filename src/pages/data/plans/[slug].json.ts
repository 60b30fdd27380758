import type { APIRoute, GetStaticPaths } from 'astro';
import { planRecord } from '../../../lib/data/plan-record.ts';
import { allPlans } from '../../../lib/plans.ts';
import { similarOf } from '../../../lib/similar-fs.ts';
import type { Plan } from '../../../model/schema.ts';

export const getStaticPaths: GetStaticPaths = async () => (await allPlans()).map((plan) => ({ params: { slug: plan.slug }, props: { plan } }));

/** /data/plans/<slug>.json — one plan's measures as the plan-against-plan page reads them (compact; lib/data/plan-record.ts). */
export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(planRecord((props as { plan: Plan }).plan, similarOf)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
