import type { APIRoute } from 'astro';
import { siteFrontier } from '../../lib/compare/site-frontier.ts';

/** /data/frontier.json — per headline metric and unit, the best commitment and every plan beside it (README, "Published data"). */
export const GET: APIRoute = async () => {
  return new Response(JSON.stringify(await siteFrontier()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
