/**
 * The similar lists a plan page's readers open (src/scripts/similar-lists.ts), one file per
 * plan with any: `public/plans/<slug>/similar.json.gz` (written gzip: 64 MB of JSON at 500 plans,
 * read whole when a list is opened), measure anchor → every entry as
 * [url, label, score in %, excerpt], the excerpt as strings alternating plain and shared
 * wording (excerpt-strings.ts). Made here from the texts the similarity stage already holds,
 * not by an Astro endpoint per plan (which read every other plan's model: 8.7 s of a 500-plan build).
 */
import { measureUrl } from '../../../src/lib/compare/plan-items.ts';
import { excerptStrings } from '../../../src/lib/similar/excerpt-strings.ts';
import { sharedExcerpt } from '../../../src/lib/similar/shared-excerpt.ts';
import { fourGrams } from '../../../src/lib/similar/shared-spans.ts';
import { onePerPlan } from '../../../src/lib/similar/one-per-plan.ts';
import type { OutFile } from '../emit/emit-files.ts';
import type { PlanSketch, SimilarRef } from './similar-files.ts';

/** One list entry: link, "自贡市 2021 · 措施 2", score in %, excerpt strings. */
export type SimilarListEntry = [string, string, number, string[]];

/** Characters of the other measure shown around the shared wording. */
const EXCERPT_CHARS = 60;

/** A plan's list of one measure: one entry per other plan (onePerPlan). */
function entries(text: string, refs: readonly SimilarRef[], at: Map<string, [ListSketch, number]>): SimilarListEntry[] {
  const grams = fourGrams(text);
  const out: SimilarListEntry[] = [];
  for (const r of onePerPlan(refs)) {
    const [other, k] = at.get(r.id) ?? [];
    if (!other || k === undefined) continue;
    out.push([
      measureUrl(other.slug, { anchor: other.anchors[k]! }), `${other.name} · 措施 ${other.numbers[k]}`,
      Math.round(r.score * 100), excerptStrings(sharedExcerpt(grams, other.texts[k]!, EXCERPT_CHARS)),
    ]);
  }
  return out;
}

/** What the lists need of a plan's sketch (not its shingles): sent whole to the thread that makes a share of them. */
export type ListSketch = Pick<PlanSketch, 'slug' | 'name' | 'ids' | 'numbers' | 'anchors' | 'texts'>;

/** The sketch without what only the comparison needs. */
export const listSketch = ({ slug, name, ids, numbers, anchors, texts }: PlanSketch): ListSketch => ({ slug, name, ids, numbers, anchors, texts });

/**
 * `public/plans/<slug>/similar.json.gz` for every plan with a similar measure, keys in measure
 * order, one at a time: at 3,000 plans they are ~400 MB of strings, written as they come.
 */
export function* similarListFiles(sketches: readonly ListSketch[], similar: ReadonlyMap<string, readonly SimilarRef[]>): Generator<OutFile> {
  const at = new Map<string, [ListSketch, number]>();
  for (const p of sketches) p.ids.forEach((id, k) => at.set(id, [p, k]));
  for (const p of sketches) {
    const lists: Record<string, SimilarListEntry[]> = {};
    p.ids.forEach((id, k) => {
      const refs = similar.get(id);
      if (refs && refs.length > 0) lists[p.anchors[k]!] = entries(p.texts[k]!, refs, at);
    });
    if (Object.keys(lists).length > 0) yield { path: `public/plans/${p.slug}/similar.json.gz`, content: JSON.stringify(lists) };
  }
}
