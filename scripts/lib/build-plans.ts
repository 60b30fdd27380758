import type { Plan, Warning } from '../../src/model/schema.ts';
import type { EnrichContent } from './enrich/parse-enrich-content.ts';
import type { Regions } from './enrich/region-facts.ts';
import { draftPlan } from './draft-plan.ts';
import type { InputError } from './input-error.ts';
import { mergeDrafts } from './merge-drafts.ts';

export { ingest } from './draft-plan.ts';

/** A source file as read from the seeds folder. */
export interface SourceFile {
  /** Name relative to the seeds folder. */
  name: string;
  bytes: Uint8Array;
}

/** The curated content the pipeline uses besides the seeds. */
export interface Curated {
  /** The national gazetteer (GB/T 2260) and content/regions.json's overrides. */
  regions: Regions;
  /** content/indicators.json, indicator-lexicon.json, metrics.json */
  content: EnrichContent;
}

/** Everything the pipeline made, or why it could not. */
export interface BuildResult {
  plans: Plan[];
  warnings: Warning[];
  errors: InputError[];
}

/** Files in file-name order (code-unit order, not locale), so slugs and output never depend on directory listing order. */
export function sortFiles<F extends { name: string }>(files: F[]): F[] {
  return [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * The whole pure pipeline: ingest → parse → enrich for every file, in file-name order so
 * slugs and output never depend on directory listing order. Duplicate plans (same text, or
 * same 文号) are errors naming both files. (scripts/build.ts drafts the files on several
 * threads and merges them the same way.)
 */
export function buildPlans(files: SourceFile[], curated: Curated): BuildResult {
  const sorted = sortFiles(files);
  const byName = new Map(sorted.map((f) => [f.name, f]));
  const draft = (file: SourceFile, slugTaken: (slug: string) => boolean) => draftPlan(file, curated, slugTaken, (plan) => plan);
  const { kept, errors } = mergeDrafts(sorted.map((f) => draft(f, () => false)), (name, taken) => draft(byName.get(name)!, taken));
  return { plans: kept, warnings: kept.flatMap((p) => p.warnings), errors };
}
