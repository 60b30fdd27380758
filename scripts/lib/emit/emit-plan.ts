import type { Plan, Warning } from '../../../src/model/schema.ts';
import { planGaps } from '../check/plan-report-text.ts';
import { packPage, type PackedPage } from '../search/build-search-index.ts';
import { sketchPlan, type PlanSketch } from '../similar/similar-files.ts';
import { planFiles, planPage } from './emit-files.ts';

/** What the build keeps of one plan once it is emitted: the plan object itself is dropped. */
export interface EmittedPlan {
  /** Model, MDX and source, as the bytes to write (see planFiles). */
  files: { path: string; content: Uint8Array }[];
  /** Its page and units for the search index, serialised. */
  page: PackedPage;
  warnings: Warning[];
  /** Its number of measures, for the build's summary line. */
  measures: number;
  /** Its measures' wording, for the similarity stage that compares all plans. */
  sketch: PlanSketch;
  /** Source file name, for the summary's list of plans with gaps. */
  file: string;
  /** Missing metadata or no measures, as the summary prints it (see planGaps); null when complete. */
  gaps: string | null;
}

const utf8 = new TextEncoder();

/**
 * One plan's share of the emit stage, done where the plan was made (any thread): its files
 * encoded to UTF-8 (so they can be handed over without copying), its search page, its warnings.
 */
export function emitPlan(plan: Plan, source: string | Uint8Array, practices: readonly string[] = []): EmittedPlan {
  return {
    files: planFiles(plan, source).map((f) => ({ path: f.path, content: typeof f.content === 'string' ? utf8.encode(f.content) : f.content })),
    page: packPage(planPage(plan)),
    warnings: plan.warnings,
    measures: plan.measures.length,
    sketch: sketchPlan(plan, practices),
    file: plan.sourceFile,
    gaps: planGaps(plan.report),
  };
}
