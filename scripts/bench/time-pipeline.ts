/**
 * The pipeline alone on a corpus, in a process of its own so its time and peak memory are its
 * own: read files, then buildPlans (ingest → parse → enrich) and emitFiles (model JSON + MDX)
 * timed separately. Prints one JSON line.
 *
 *   node scripts/bench/time-pipeline.ts <corpus folder>
 */
import { resolve } from 'node:path';
import { readSeeds } from '../build-fs.ts';
import { buildPlans } from '../lib/build-plans.ts';
import { emitFiles } from '../lib/emit/emit-files.ts';
import { loadRegions } from './corpus-fs.ts';

/** What one pipeline run measured. */
export interface PipelineFigures {
  files: number;
  sourceBytes: number;
  plans: number;
  measures: number;
  errors: string[];
  warnings: number;
  emittedFiles: number;
  buildPlansMs: number;
  emitMs: number;
  /** Source megabytes (10^6 bytes) per second through buildPlans. */
  mbPerS: number;
  peakRssBytes: number;
}

if (import.meta.main) {
  const root = resolve(import.meta.dirname, '../..');
  const files = await readSeeds(resolve(process.argv[2] ?? 'seeds'));
  const regions = loadRegions(root);
  const sourceBytes = files.reduce((n, f) => n + f.bytes.length, 0);
  const t0 = performance.now();
  const result = buildPlans(files, regions);
  const t1 = performance.now();
  const out = emitFiles(result.plans, new Map(files.map((f) => [f.name, f.bytes])));
  const t2 = performance.now();
  const figures: PipelineFigures = {
    files: files.length, sourceBytes, plans: result.plans.length, measures: result.plans.reduce((n, p) => n + p.measures.length, 0),
    errors: result.errors.map((e) => e.message), warnings: result.warnings.length, emittedFiles: out.length,
    buildPlansMs: t1 - t0, emitMs: t2 - t1, mbPerS: sourceBytes / 1e6 / ((t1 - t0) / 1000),
    // maxRSS is in kilobytes: the peak of this whole process (files, models and MDX held at once).
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  };
  console.log(JSON.stringify(figures));
}
