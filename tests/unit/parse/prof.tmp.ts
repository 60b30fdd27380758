import { ingest } from '../../../scripts/lib/draft-plan.ts';
import { assemblePlan } from '../../../scripts/lib/enrich/assemble-plan.ts';
import { decodeSource } from '../../../scripts/lib/ingest/decode-source.ts';
import { readCurated } from '../../../scripts/build-fs.ts';
import { resolve } from 'node:path';
const CURATED = await readCurated(resolve(import.meta.dirname, '../../../content'));
const unit = process.argv[2]!; const n = Number(process.argv[3]);
for (const k of [n, 2 * n]) {
  const text = `某县优化营商环境2022年工作方案\n一、总体要求\n${unit.repeat(k)}\n（一）推行一网通办。\n`;
  const bytes = new TextEncoder().encode(text);
  const t = performance.now();
  const src = ingest({ name: 'x.txt', bytes }, decodeSource('x.txt', bytes));
  const t1 = performance.now();
  assemblePlan(src, CURATED.regions, CURATED.content, () => false);
  console.log(unit, k, 'ingest+parse', (t1 - t).toFixed(0), 'assemble', (performance.now() - t1).toFixed(0));
}
