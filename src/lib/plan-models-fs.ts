/**
 * Reads the plan models that scripts/build.ts wrote to `<GENERATED_DIR>/model/*.json`. Not a
 * content collection: at 500 plans the models are 160 MB, and Astro compiles a collection's data
 * store into one JS module (≈15 s of a 60 s build, measured) only for pages to read it back.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plan } from '../model/schema.ts';

/** The folder scripts/build.ts generated (GENERATED_DIR lets tests build side by side). */
export const generatedDir = () => resolve(process.cwd(), process.env.GENERATED_DIR ?? 'src/generated');

/** Every generated plan model, in slug order (the pipeline validated each against the Plan schema). */
export function readPlanModels(): Plan[] {
  const dir = resolve(generatedDir(), 'model');
  const names = readdirSync(dir).filter((n) => n.endsWith('.json')).sort();
  return names.map((n) => JSON.parse(readFileSync(resolve(dir, n), 'utf8')) as Plan).sort((a, b) => (a.slug < b.slug ? -1 : 1));
}
