import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Plan } from '../../../src/model/schema.ts';
import { ingest } from '../../../scripts/lib/draft-plan.ts';
import { assemblePlan } from '../../../scripts/lib/enrich/assemble-plan.ts';
import { decodeSource } from '../../../scripts/lib/ingest/decode-source.ts';
import { InputError } from '../../../scripts/lib/input-error.ts';
import { charCounts, countDiff, modelText } from '../../golden/model-text.ts';
import { readCurated } from '../../../scripts/build-fs.ts';
import { mutate, mutation } from './mutate.ts';
const root = resolve(import.meta.dirname, '../../..');
const CURATED = await readCurated(resolve(root, 'content'));
const folders = ['seeds', 'tests/fixtures/corpus', 'tests/fixtures/hostile'];
const BASES = folders.flatMap((dir) => readdirSync(resolve(root, dir)).filter((n) => /\.(txt|md)$/.test(n)).sort().map((name) => ({ name, text: decodeSource(name, new Uint8Array(readFileSync(resolve(root, dir, name)))).text })));
const seed = Number(process.argv[2]); const runs = Number(process.argv[3]); const maxLen = Number(process.argv[4]);
let slowest = 0;
const r = fc.check(fc.property(fc.integer({ min: 0, max: BASES.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: maxLen }), (k, ms) => {
  const base = BASES[k]!; const bytes = mutate(base.text, ms);
  const t = performance.now();
  let res;
  try {
    const decoded = decodeSource(base.name, bytes); const src = ingest({ name: base.name, bytes }, decoded);
    res = { plan: Plan.parse(assemblePlan(src, CURATED.regions, CURATED.content, () => false)), src, text: decoded.text };
  } catch (e) { if (e instanceof InputError) return true; throw e; }
  const dt = performance.now() - t;
  if (dt / bytes.length > slowest) { slowest = dt / bytes.length; console.log('slow', dt.toFixed(0), 'ms', bytes.length, 'bytes', k, JSON.stringify(ms).slice(0, 300)); }
  const expected = new Map(charCounts([res.text]));
  for (const [ch, n] of charCounts(res.src.doc.edits.map((e) => e.removed))) expected.set(ch, (expected.get(ch) ?? 0) - n);
  for (const [ch, n] of charCounts(res.src.doc.edits.map((e) => e.added))) expected.set(ch, (expected.get(ch) ?? 0) + n);
  const texts = modelText(res.plan); if (res.src.doc.title.title === null) texts.shift();
  const d = countDiff(expected, charCounts(texts));
  if (Object.keys(d).length) throw new Error('diff ' + JSON.stringify(d).slice(0, 300));
  return true;
}), { numRuns: runs, seed, endOnFailure: true });
console.log(r.failed ? `FAIL ${JSON.stringify(r.counterexample).slice(0, 200)}... ${JSON.stringify(r.counterexample?.[1]).slice(0, 800)} ${String(r.errorInstance).slice(0, 1500)}` : 'ok');
