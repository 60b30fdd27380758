/**
 * The similarity stage of the build: every kept plan's measures compared with every other
 * plan's (findSimilar), written as one small file per plan that has any
 * (`similar/<slug>.json`: measure id → similar measures), so a plan page reads only its own,
 * and the lists its readers open (`public/plans/<slug>/similar.json`, similar-list-files.ts).
 */
import type { Measure, Plan } from '../../../src/model/schema.ts';
import { planShortName } from '../../../src/lib/compare/plan-items.ts';
import type { OutFile } from '../emit/emit-files.ts';
import { findSimilar, type SimilarInput } from './find-similar.ts';
import { measureShingles } from './measure-shingles.ts';
import { quotedTerms } from './quoted-terms.ts';

/** What a drafted plan hands to the stage: its slug, name and each measure's id, anchor and wording. */
export interface PlanSketch {
  /** The plan's slug. */
  slug: string;
  /** Its short name as lists show it ("自贡市 2021", planShortName). */
  name: string;
  /** Measure ids ("zigong-2021-m2"), in measure order. */
  ids: string[];
  /** Measure numbers, for the lists' labels ("措施 2"). */
  numbers: number[];
  /** Measure anchors ("m2"), for links. */
  anchors: string[];
  /** Measure texts, for the excerpts of the lists (shared-excerpt.ts). */
  texts: string[];
  /** Hashed character shingles per measure (measure-shingles.ts). */
  shingles: Uint32Array[];
  /** Hashed quoted terms and practice names per measure (quoted-terms.ts). */
  terms: Uint32Array[];
}

/** A similar measure as published: its id and score (two decimals). */
export interface SimilarRef { id: string; score: number }

/** A plan's measures reduced to what similarity needs (made where the plan is drafted, on any thread). */
export function sketchPlan(plan: Pick<Plan, 'slug' | 'meta'> & { measures: readonly Pick<Measure, 'id' | 'n' | 'anchor' | 'text'>[] }, practices: readonly string[]): PlanSketch {
  const { measures } = plan;
  return {
    slug: plan.slug, name: planShortName(plan),
    ids: measures.map((m) => m.id), numbers: measures.map((m) => m.n), anchors: measures.map((m) => m.anchor), texts: measures.map((m) => m.text),
    shingles: measures.map((m) => measureShingles(m.text)), terms: measures.map((m) => quotedTerms(m.text, practices)),
  };
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

/** One `similar/<slug>.json` per plan with similar measures (keys in measure order), for its page. */
export function similarFiles(sketches: readonly PlanSketch[], all: ReadonlyMap<string, readonly SimilarRef[]>): OutFile[] {
  return sketches.flatMap((p) => {
    const entries = p.ids.filter((id) => all.has(id)).map((id) => [id, all.get(id)!] as const);
    return entries.length === 0 ? [] : [{ path: `similar/${p.slug}.json`, content: `${JSON.stringify(Object.fromEntries(entries))}\n` }];
  });
}
