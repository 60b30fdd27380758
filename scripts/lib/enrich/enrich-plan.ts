import type { Block, Goal, Measure } from '../../../src/model/schema.ts';
import { enrichMeasure } from './enrich-measure.ts';
import type { EnrichContent } from './parse-enrich-content.ts';

/** A measure before classification and target extraction. */
export type BaseMeasure = Omit<Measure, 'indicators' | 'evidence' | 'targets'>;

/** Paragraphs of running text under each heading (up to the next heading, measure or table). */
function sections(blocks: Block[]): { anchor: string; path: string[]; text: string }[] {
  const out: { anchor: string; path: string[]; text: string }[] = [];
  const stack: { depth: number; text: string }[] = [];
  let open: { anchor: string; path: string[]; text: string } | null = null;
  for (const b of blocks) {
    if (b.type === 'heading') {
      while (stack.length > 0 && stack[stack.length - 1]!.depth >= b.depth) stack.pop();
      stack.push({ depth: b.depth, text: `${b.label ?? ''}${b.title}`.replace(/。$/, '') });
      open = { anchor: b.id, path: stack.map((h) => h.text), text: '' };
      out.push(open);
    } else if (b.type === 'paragraph' && b.role === 'body' && open) open.text += `${open.text ? '\n' : ''}${b.text}`;
    else if (b.type !== 'paragraph') open = null;
  }
  return out.filter((s) => s.text !== '');
}

/**
 * Enrich stage for the comparison: every measure gets its indicators (primary first), the
 * evidence for each and its quantitative targets; paragraphs under a heading that state targets
 * (自贡 "1.目标任务。…压减至4个工作日内") become goals of that section.
 */
export function enrichPlan(measures: BaseMeasure[], blocks: Block[], content: EnrichContent): { measures: Measure[]; goals: Goal[] } {
  const enriched = measures.map((m) => ({ ...m, ...enrichMeasure({ path: m.path, title: m.title, text: m.text }, content) }));
  const goals: Goal[] = [];
  for (const s of sections(blocks)) {
    // The heading itself is the innermost path entry, so a section classifies by its own name.
    const e = enrichMeasure({ path: s.path, title: null, text: s.text }, content);
    if (e.targets.length > 0) goals.push({ anchor: s.anchor, path: s.path, text: s.text, ...e });
  }
  return { measures: enriched, goals };
}
