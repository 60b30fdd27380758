/**
 * Reads the similar measures the build found (`<GENERATED_DIR>/similar/<slug>.json`, written
 * by scripts/lib/similar/similar-files.ts): measure id → [{ id, score }], best first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generatedDir } from './plan-models-fs.ts';
import { planOfMeasure } from './similar/one-per-plan.ts';

/** A similar measure of another plan and its score (0–1). */
export interface SimilarRef { id: string; score: number }

const cache = new Map<string, Map<string, SimilarRef[]>>();

/** A plan's similar measures by measure id (empty when none of its measures has any). */
export function similarOfPlan(slug: string): Map<string, SimilarRef[]> {
  let m = cache.get(slug);
  if (!m) {
    const file = resolve(generatedDir(), 'similar', `${slug}.json`);
    m = existsSync(file) ? new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, SimilarRef[]>)) : new Map();
    cache.set(slug, m);
  }
  return m;
}

/** The similar measures of one measure (its id is `<slug>-m<n>`). */
export function similarOf(measureId: string): SimilarRef[] {
  return similarOfPlan(planOfMeasure(measureId)).get(measureId) ?? [];
}
