import type { APIRoute } from 'astro';
import { METRICS } from '../../lib/compare/taxonomy.ts';
import { TARGET_COLUMNS, targetRecords } from '../../lib/data/target-records.ts';
import { toCsv } from '../../lib/data/to-csv.ts';
import { allPlans } from '../../lib/plans.ts';

/** /data/targets.csv — the CSV twin of targets.json (UTF-8 with BOM; README, "Published data"). */
export const GET: APIRoute = async () => {
  const records = targetRecords(await allPlans(), METRICS);
  const csv = toCsv(TARGET_COLUMNS.map(([name]) => name), records.map((r) => TARGET_COLUMNS.map(([, get]) => get(r))));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
