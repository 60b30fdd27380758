import type { Plan } from '../../src/model/schema.ts';

/**
 * Every piece of source text a plan model holds, in document order: title, notice, headings
 * (label, title, note), paragraphs, measures of running text (label + text), table headers,
 * cells and notes, footer. Derived fields (leads, ISO dates, paths) are not source text.
 */
export function modelText(plan: Plan): string[] {
  const out: string[] = [plan.meta.title];
  const measures = new Map(plan.measures.map((m) => [m.n, m]));
  for (const b of plan.blocks) {
    if (b.type === 'heading') out.push(`${b.label ?? ''}${b.title}${b.note ?? ''}`);
    else if (b.type === 'paragraph') out.push(b.text);
    else if (b.type === 'measure') { const m = measures.get(b.n)!; out.push(`${m.label}${m.text}`); }
    else {
      if (b.caption) out.push(b.caption);
      out.push(...b.columns.map((c) => c.name), ...b.rows.flatMap((r) => r.cells), ...b.notes);
    }
  }
  return out;
}

/** Counts of each non-whitespace character. */
export function charCounts(texts: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of texts) for (const ch of t) if (!/\s/.test(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

/** Characters whose counts differ: positive = more in `a`, negative = more in `b`. */
export function countDiff(a: Map<string, number>, b: Map<string, number>): Record<string, number> {
  const diff: Record<string, number> = {};
  for (const ch of new Set([...a.keys(), ...b.keys()])) {
    const d = (a.get(ch) ?? 0) - (b.get(ch) ?? 0);
    if (d !== 0) diff[ch] = d;
  }
  return diff;
}
