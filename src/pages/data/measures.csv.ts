import type { APIRoute } from 'astro';
import { MEASURE_COLUMNS, measureRecord } from '../../lib/data/measure-record.ts';
import { toCsv } from '../../lib/data/to-csv.ts';
import { allPlans } from '../../lib/plans.ts';

/** /data/measures.csv — the CSV twin of measures.json (UTF-8 with BOM; README, "Published data"). */
export const GET: APIRoute = async () => {
  const records = (await allPlans()).flatMap((p) => p.measures.map((m) => measureRecord(p, m)));
  const csv = toCsv(MEASURE_COLUMNS.map(([name]) => name), records.map((r) => MEASURE_COLUMNS.map(([, get]) => get(r))));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
