/**
 * The similarity stage of the build: every kept plan's measures compared with every other
 * plan's (findSimilar), written as one small file per plan that has any
 * (`similar/<slug>.json`: measure id → similar measures), so a plan page reads only its own.
 */
import type { OutFile } from '../emit/emit-files.ts';
import { findSimilar, type SimilarInput } from './find-similar.ts';
import { measureShingles } from './measure-shingles.ts';
import { quotedTerms } from './quoted-terms.ts';

/** What a drafted plan hands to the stage: its slug and each measure's id and wording. */
export interface PlanSketch {
  slug: string;
  ids: string[];
  shingles: Uint32Array[];
  terms: Uint32Array[];
}

/** A similar measure as published: its id and score (two decimals). */
export interface SimilarRef { id: string; score: number }

/** A plan's measures reduced to what similarity needs (made where the plan is drafted, on any thread). */
export function sketchPlan(slug: string, measures: { id: string; text: string }[], practices: readonly string[]): PlanSketch {
  return { slug, ids: measures.map((m) => m.id), shingles: measures.map((m) => measureShingles(m.text)), terms: measures.map((m) => quotedTerms(m.text, practices)) };
}

/** Similar measures of every measure, by measure id (measures without any are left out). */
export function similarByMeasure(sketches: PlanSketch[]): Map<string, SimilarRef[]> {
  const items: SimilarInput[] = [];
  const ids: string[] = [];
  sketches.forEach((p, group) => p.ids.forEach((id, k) => { items.push({ group, shingles: p.shingles[k]!, terms: p.terms[k]! }); ids.push(id); }));
  const out = new Map<string, SimilarRef[]>();
  findSimilar(items).forEach((hits, i) => {
    if (hits.length > 0) out.set(ids[i]!, hits.map((h) => ({ id: ids[h.index]!, score: Math.round(h.score * 100) / 100 })));
  });
  return out;
}

/** One `similar/<slug>.json` per plan with similar measures, keys in measure order. */
export function similarFiles(sketches: PlanSketch[]): OutFile[] {
  const all = similarByMeasure(sketches);
  return sketches.flatMap((p) => {
    const entries = p.ids.filter((id) => all.has(id)).map((id) => [id, all.get(id)!] as const);
    return entries.length === 0 ? [] : [{ path: `similar/${p.slug}.json`, content: `${JSON.stringify(Object.fromEntries(entries))}\n` }];
  });
}
