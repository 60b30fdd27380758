/**
 * The headline-metrics table of an indicator page: one row per metric, one cell per plan, each
 * cell every distinct value the plan gives for the metric, with where it comes from.
 */
import type { Comparator, EnrichedTarget, Metric } from '../../model/compare.ts';
import type { Plan } from '../../model/schema.ts';
import { goalDomId, goalName, goalUrl, measureUrl } from './plan-items.ts';

/** A measure or goal a value is read from. */
export interface ValueSource {
  /** "措施 6" or "目标 · 1.目标任务". */
  name: string;
  url: string;
  /** Element id of the item on the indicator page. */
  domId: string;
}

/** One distinct value of a metric in one plan (the same quote in a goal and a measure is one value). */
export interface HeadlineValue {
  value: number;
  unit: string;
  comparator: Comparator | null;
  from: number | null;
  /** What is measured, as written before the number. */
  subject: string;
  /** The exact words of the plan that state the target. */
  quote: string;
  /** The clause the target was read from (first source). */
  sentence: string;
  /** Where it is stated, goals first, then measures in order. */
  sources: ValueSource[];
}

/** A metric's values in one plan (empty when the plan sets none). */
export interface HeadlineCell {
  slug: string;
  values: HeadlineValue[];
}

/** One metric across the plans. */
export interface HeadlineRow {
  metric: Metric;
  cells: HeadlineCell[];
}

const keyOf = (t: EnrichedTarget) => JSON.stringify([t.value, t.unit, t.comparator, t.from, t.quote]);

/** The values of one metric in one plan. */
function cellValues(plan: Plan, metricId: string): HeadlineValue[] {
  const found = new Map<string, HeadlineValue>();
  const add = (t: EnrichedTarget, source: ValueSource) => {
    if (t.metric !== metricId) return;
    const known = found.get(keyOf(t));
    if (known) known.sources.push(source);
    else found.set(keyOf(t), { value: t.value, unit: t.unit, comparator: t.comparator, from: t.from, subject: t.subject, quote: t.quote, sentence: t.sentence, sources: [source] });
  };
  for (const g of plan.goals) for (const t of g.targets) add(t, { name: goalName(g), url: goalUrl(plan.slug, g), domId: goalDomId(plan.slug, g) });
  for (const m of plan.measures) for (const t of m.targets) add(t, { name: `措施 ${m.n}`, url: measureUrl(plan.slug, m), domId: m.id });
  return [...found.values()];
}

/** Rows for the given metrics (their order), cells in the plans' order. */
export function headlineRows(plans: Plan[], metrics: Metric[]): HeadlineRow[] {
  return metrics.map((metric) => ({ metric, cells: plans.map((p) => ({ slug: p.slug, values: cellValues(p, metric.id) })) }));
}
