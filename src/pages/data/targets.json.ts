import type { APIRoute } from 'astro';
import { METRICS } from '../../lib/compare/taxonomy.ts';
import { targetRecords } from '../../lib/data/target-records.ts';
import { allPlans } from '../../lib/plans.ts';

/** /data/targets.json — one object per quantitative target (schema in README, "Published data"). */
export const GET: APIRoute = async () => {
  const targets = targetRecords(await allPlans(), METRICS);
  return new Response(JSON.stringify(targets), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
