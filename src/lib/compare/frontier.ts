/**
 * The frontier of each headline metric: the best value any plan commits to (lowest for times
 * and fees, highest for shares online), who committed it and when, and every plan beside it.
 * Values are compared only within one unit as written (工作日 and 小时 are never converted),
 * and a target that states the wrong direction for the metric ("不低于" a time) is not a
 * commitment to it. Pure: built from the published target records.
 */
import type { Metric } from '../../model/compare.ts';
import type { Plan } from '../../model/schema.ts';
import type { TargetRecord } from '../data/target-records.ts';

/** One plan's best commitment on a metric in one unit. */
export interface FrontierPlan {
  plan: string;
  value: number;
  quote: string;
  /** Measure id, or null for a section goal. */
  measure: string | null;
  url: string;
  /** Distance from the best value, in the unit (0 for the plan that sets it). */
  gap: number;
}

/** A metric's frontier in one unit. */
export interface FrontierEntry {
  metric: string;
  indicator: string;
  zh: string;
  better: 'lower' | 'higher';
  unit: string;
  /** The best commitment; ties go to the earlier plan (issue date, then slug). */
  best: FrontierPlan & { year: number | null; issueDate: string | null; deadline: string | null };
  /** Every plan with a target in this unit, best first. */
  plans: FrontierPlan[];
}

/** Comparators that state a commitment in the metric's direction (null: a bare number). */
const FITS: Record<'lower' | 'higher', (string | null)[]> = { lower: ['lte', 'lt', 'eq', 'reduce-to', null], higher: ['gte', 'gt', 'eq', null] };

/** Frontier entries for every metric that at least `minPlans` plans set (in any unit), in metric order, units by plan count. */
export function frontier(records: TargetRecord[], metrics: Metric[], plans: readonly Pick<Plan, 'slug' | 'meta' | 'measures'>[], minPlans = 2): FrontierEntry[] {
  const byPlan = new Map(plans.map((p) => [p.slug, p]));
  const order = new Map(plans.map((p) => [p.slug, `${p.meta.issueDate ?? '9999'}|${p.slug}`]));
  return metrics.flatMap((metric) => {
    const fit = records.filter((r) => r.metric === metric.id && FITS[metric.better].includes(r.comparator));
    if (new Set(fit.map((r) => r.plan)).size < minPlans) return [];
    const units = [...new Set(fit.map((r) => r.unit))];
    const entries = units.map((unit) => {
      const better = (a: number, b: number) => (metric.better === 'lower' ? a < b : a > b);
      const bestOf = new Map<string, TargetRecord>();
      for (const r of fit) if (r.unit === unit && (!bestOf.has(r.plan) || better(r.value, bestOf.get(r.plan)!.value))) bestOf.set(r.plan, r);
      const ranked = [...bestOf.values()].sort((a, b) => (a.value === b.value ? (order.get(a.plan)! < order.get(b.plan)! ? -1 : 1) : better(a.value, b.value) ? -1 : 1));
      const top = ranked[0]!;
      const row = (r: TargetRecord): FrontierPlan => ({ plan: r.plan, value: r.value, quote: r.quote, measure: r.measure, url: r.url, gap: Math.abs(r.value - top.value) });
      const p = byPlan.get(top.plan);
      const deadline = top.measure === null ? null : p?.measures.find((m) => m.id === top.measure)?.deadline?.date ?? null;
      return { metric: metric.id, indicator: metric.indicator, zh: metric.zh, better: metric.better, unit, best: { ...row(top), year: p?.meta.year ?? null, issueDate: p?.meta.issueDate ?? null, deadline }, plans: ranked.map(row) };
    });
    return entries.sort((a, b) => b.plans.length - a.plans.length || (a.unit < b.unit ? -1 : 1));
  });
}

/** A plan's standing on each frontier it is on: leads (sets the best value) or trails, by how much. */
export function planStanding(entries: FrontierEntry[], slug: string): { entry: FrontierEntry; own: FrontierPlan; leads: boolean }[] {
  return entries.flatMap((entry) => {
    const own = entry.plans.find((p) => p.plan === slug);
    return own && entry.plans.length >= 2 ? [{ entry, own, leads: own.gap === 0 }] : [];
  });
}
