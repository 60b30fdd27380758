import { ingest } from '../../../scripts/lib/draft-plan.ts';
import { assemblePlan } from '../../../scripts/lib/enrich/assemble-plan.ts';
import { decodeSource } from '../../../scripts/lib/ingest/decode-source.ts';
import { readCurated } from '../../../scripts/build-fs.ts';
import { resolve } from 'node:path';
const CURATED = await readCurated(resolve(import.meta.dirname, '../../../content'));
for (const k of [5000, 10000, 20000, 40000]) {
  const text = `某县2021年工作方案\n一、总体要求\n1．推进改革。\n${'各地要加强组织领导。\n\n'.repeat(k)}`;
  const bytes = new TextEncoder().encode(text);
  const t = performance.now();
  const src = ingest({ name: 'x.txt', bytes }, decodeSource('x.txt', bytes));
  const t1 = performance.now();
  assemblePlan(src, CURATED.regions, CURATED.content, () => false);
  console.log(k, 'ingest+parse', (t1 - t).toFixed(0), 'assemble', (performance.now() - t1).toFixed(0));
}
