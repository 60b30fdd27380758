import type { APIRoute } from 'astro';
import { siteFrontier } from '../../lib/compare/site-frontier.ts';
import { formatNumber } from '../../lib/compare/target-words.ts';
import { toCsv } from '../../lib/data/to-csv.ts';

/** /data/frontier.csv — one row per metric, unit and plan (the best plan first, gap 0), UTF-8 with BOM. */
export const GET: APIRoute = async () => {
  const rows = (await siteFrontier()).flatMap((e) => e.plans.map((p) => [
    e.metric, e.zh, e.better, e.unit, formatNumber(e.best.value), e.best.plan, p.plan, formatNumber(p.value), formatNumber(p.gap), p.measure, p.quote, p.url,
  ]));
  const csv = toCsv(['metric', 'metric_zh', 'better', 'unit', 'best_value', 'best_plan', 'plan', 'value', 'gap', 'measure', 'quote', 'url'], rows);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
