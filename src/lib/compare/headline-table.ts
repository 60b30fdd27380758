/**
 * The headline-metrics table of an indicator page: one row per metric, one cell per plan, each
 * cell every distinct value the plan gives for the metric, with the words and places that state it.
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

/** Where and in which words a plan states a value (one statement can recur in a goal and a measure). */
export interface Statement {
  /** What is measured, as written before the number. */
  subject: string;
  /** The exact words of the plan that state the target. */
  quote: string;
  /** The clause the target was read from. */
  sentence: string;
  /** Measures and goals with these very words: goals first, then measures in order. */
  sources: ValueSource[];
}

/** One distinct value of a metric in one plan, with every statement of it. */
export interface HeadlineValue {
  value: number;
  unit: string;
  comparator: Comparator | null;
  from: number | null;
  statements: Statement[];
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

const valueKey = (t: EnrichedTarget) => JSON.stringify([t.value, t.unit, t.comparator, t.from]);

/** The values of one metric in one plan, in order of first statement. */
function cellValues(plan: Plan, metricId: string): HeadlineValue[] {
  const found = new Map<string, HeadlineValue>();
  const add = (t: EnrichedTarget, source: ValueSource) => {
    if (t.metric !== metricId) return;
    const value = found.get(valueKey(t)) ?? { value: t.value, unit: t.unit, comparator: t.comparator, from: t.from, statements: [] };
    found.set(valueKey(t), value);
    const same = value.statements.find((s) => s.subject === t.subject && s.quote === t.quote);
    if (same) same.sources.push(source);
    else value.statements.push({ subject: t.subject, quote: t.quote, sentence: t.sentence, sources: [source] });
  };
  for (const g of plan.goals) for (const t of g.targets) add(t, { name: goalName(g), url: goalUrl(plan.slug, g), domId: goalDomId(plan.slug, g) });
  for (const m of plan.measures) for (const t of m.targets) add(t, { name: `措施 ${m.n}`, url: measureUrl(plan.slug, m), domId: m.id });
  return [...found.values()];
}

/** Rows for the given metrics (their order), cells in the plans' order. */
export function headlineRows(plans: Plan[], metrics: Metric[]): HeadlineRow[] {
  return metrics.map((metric) => ({ metric, cells: plans.map((p) => ({ slug: p.slug, values: cellValues(p, metric.id) })) }));
}
