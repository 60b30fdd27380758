import type { APIRoute } from 'astro';
import { allPlans, planUrl } from '../../lib/plans.ts';

/** /data/measures.json — one object per measure (schema in README, "Published data"). */
export const GET: APIRoute = async () => {
  const measures = (await allPlans()).flatMap((p) => p.measures.map((m) => ({
    id: m.id, plan: p.slug, url: `${planUrl(p.slug)}#${m.anchor}`, path: m.path, text: m.text,
    leads: m.leads, leader: m.leader, deadline: m.deadline,
  })));
  return new Response(JSON.stringify(measures, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
