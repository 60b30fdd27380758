/**
 * `npm run check:plan -- FILE [FILE…] [--json]`: what the build recognises in each file
 * (metadata, measures, tables, artefacts, warnings, unplaced lines), without building the site.
 * Runs the build's own stages (ingest, assemblePlan) with the curated content of content/ (or
 * CONTENT_DIR). Exit 0 when every file parses, gaps included; 1 with
 * `error: <file>:<line>: <reason>` for a file the build would reject.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { readCurated } from './build-fs.ts';
import type { ParseReport } from '../src/model/schema.ts';
import { ingest } from './lib/draft-plan.ts';
import { assemblePlan } from './lib/enrich/assemble-plan.ts';
import { decodeSource } from './lib/ingest/decode-source.ts';
import { InputError } from './lib/input-error.ts';
import { formatPlanReport } from './lib/check/plan-report-text.ts';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter((a) => a !== '--json');
if (files.length === 0) {
  console.error('usage: npm run check:plan -- FILE [FILE…] [--json]');
  process.exit(1);
}
const curated = await readCurated(resolve(process.env.CONTENT_DIR ?? resolve(root, 'content'))).catch((e: Error) => {
  console.error(`error: ${e.message}`);
  process.exit(1);
});

type Outcome = { file: string; slug: string; report: ParseReport } | { file: string; error: { line: number | null; reason: string } };

/** One file through the build's stages; an InputError (or a missing file) becomes its error. */
function check(path: string): Outcome {
  let bytes: Uint8Array;
  try { bytes = new Uint8Array(readFileSync(path)); } catch (e) { return { file: path, error: { line: null, reason: `cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` } }; }
  const name = basename(path);
  try {
    const plan = assemblePlan(ingest({ name, bytes }, decodeSource(name, bytes)), curated.regions, curated.content, () => false);
    return { file: path, slug: plan.slug, report: plan.report };
  } catch (e) {
    if (e instanceof InputError) return { file: path, error: { line: e.line, reason: e.reason } };
    throw e;
  }
}

const outcomes = files.map(check);
for (const o of outcomes) if ('error' in o) console.error(`error: ${o.file}${o.error.line === null ? '' : `:${o.error.line}`}: ${o.error.reason}`);
if (json) process.stdout.write(`${JSON.stringify(outcomes, null, 1)}\n`);
else for (const o of outcomes) if ('report' in o) process.stdout.write(formatPlanReport(o.file, o.slug, o.report));
process.exitCode = outcomes.some((o) => 'error' in o) ? 1 : 0;
