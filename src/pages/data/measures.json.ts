import type { APIRoute } from 'astro';
import { measureRecord } from '../../lib/data/measure-record.ts';
import { allPlans } from '../../lib/plans.ts';

/** /data/measures.json — one object per measure (schema in README, "Published data"). */
export const GET: APIRoute = async () => {
  const measures = (await allPlans()).flatMap((p) => p.measures.map((m) => measureRecord(p, m)));
  return new Response(JSON.stringify(measures), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
