import type { APIRoute } from 'astro';
import { allPlans, planUrl } from '../../lib/plans.ts';

/** /data/plans.json — one object per plan (schema in README, "Published data"). */
export const GET: APIRoute = async () => {
  const plans = (await allPlans()).map((p) => ({
    slug: p.slug, url: planUrl(p.slug), title: p.meta.title, issuer: p.meta.issuer, docNumber: p.meta.docNumber,
    issueDate: p.meta.issueDate, region: p.meta.region, city: p.meta.city, province: p.meta.province, level: p.meta.level,
    divisionCode: p.meta.divisionCode, year: p.meta.year, yearEnd: p.meta.yearEnd,
    measureCount: p.measures.length,
  }));
  return new Response(JSON.stringify(plans), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
