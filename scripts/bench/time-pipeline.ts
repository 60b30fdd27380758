/**
 * The pipeline's parse and enrich stages alone on a corpus (buildPlans, loaded as
 * scripts/build.ts loads it), in a process of its own so its time and peak memory are its own.
 * Emitting and writing are timed by the build itself ("pipeline: … in X s"). Prints one JSON line.
 *
 *   node scripts/bench/time-pipeline.ts <corpus folder>
 */
import { resolve } from 'node:path';
import { readCurated, readSeeds } from '../build-fs.ts';
import { buildPlans } from '../lib/build-plans.ts';

/** What one run of buildPlans measured. */
export interface PipelineFigures {
  files: number;
  sourceBytes: number;
  plans: number;
  measures: number;
  errors: string[];
  warnings: number;
  buildPlansMs: number;
  /** Source megabytes (10^6 bytes) per second through buildPlans. */
  mbPerS: number;
  peakRssBytes: number;
}

if (import.meta.main) {
  const root = resolve(import.meta.dirname, '../..');
  const files = await readSeeds(resolve(process.argv[2] ?? 'seeds'));
  const curated = await readCurated(resolve(root, 'content'));
  const sourceBytes = files.reduce((n, f) => n + f.bytes.length, 0);
  const t0 = performance.now();
  const result = buildPlans(files, curated);
  const ms = performance.now() - t0;
  const figures: PipelineFigures = {
    files: files.length, sourceBytes, plans: result.plans.length, measures: result.plans.reduce((n, p) => n + p.measures.length, 0),
    errors: result.errors.map((e) => e.message), warnings: result.warnings.length,
    buildPlansMs: ms, mbPerS: sourceBytes / 1e6 / (ms / 1000),
    // maxRSS is in kilobytes: the peak of this whole process, all files and models held at once.
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  };
  console.log(JSON.stringify(figures));
}
