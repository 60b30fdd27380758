/** Per-plan summary of lead units for the /leads/ overview: one row per plan, however many measures. */
import type { Plan } from '../../model/schema.ts';
import { leadCounts } from './lead-counts.ts';

/** What the overview shows of one plan. */
export interface LeadSummary {
  plan: Plan;
  /** Number of distinct lead units. */
  units: number;
  /** Measures that name no lead unit. */
  unled: number;
  /** The units leading most measures, most first, with their counts. */
  top: { unit: string; count: number }[];
}

/** The summary of a plan, with its `top` busiest units. */
export function leadSummary(plan: Plan, top = 3): LeadSummary {
  const counts = leadCounts(plan);
  return {
    plan, units: counts.length,
    unled: plan.measures.filter((m) => m.leads.length === 0).length,
    top: counts.slice(0, top).map((c) => ({ unit: c.unit, count: c.measures.length })),
  };
}

/** URL of a plan's lead-unit page, optionally at a unit's row. */
export const leadsUrl = (slug: string, row?: string): string => `/leads/${slug}/${row ? `#${row}` : ''}`;
