/**
 * Which units lead how many measures of a plan, for /leads/. Spellings that differ only in
 * full- or half-width brackets or spaces ("各县（区）人民政府" / "各县(区)人民政府") are one unit:
 * the plans mix them, and counting them apart would split a unit's work in two.
 */
import type { Measure, Plan } from '../../model/schema.ts';

/** A lead unit and the measures it leads. */
export interface LeadCount {
  /** The spelling used most often in the plan. */
  unit: string;
  /** Normalised name the count is keyed by. */
  key: string;
  /** Measures in plan order. */
  measures: Measure[];
}

/** Name folded to compare spellings: NFKC (full-width → half-width), no whitespace. */
export const unitKey = (unit: string): string => unit.normalize('NFKC').replace(/\s+/g, '');

/** Units sorted by the number of measures they lead (most first), then by name. */
export function leadCounts(plan: Plan): LeadCount[] {
  const byKey = new Map<string, { spellings: Map<string, number>; measures: Measure[] }>();
  for (const m of plan.measures) {
    for (const key of new Set(m.leads.map(unitKey))) {
      const entry = byKey.get(key) ?? { spellings: new Map<string, number>(), measures: [] as Measure[] };
      entry.measures.push(m);
      byKey.set(key, entry);
    }
    for (const unit of m.leads) {
      const spellings = byKey.get(unitKey(unit))!.spellings;
      spellings.set(unit, (spellings.get(unit) ?? 0) + 1);
    }
  }
  const collator = new Intl.Collator('zh-CN');
  return [...byKey.entries()]
    .map(([key, e]) => ({ key, measures: e.measures, unit: [...e.spellings.entries()].sort((a, b) => b[1] - a[1])[0]![0] }))
    .sort((a, b) => b.measures.length - a.measures.length || collator.compare(a.unit, b.unit));
}

/** Element id of a unit's row on /leads/ (index in the sorted list keeps it ASCII and stable per build). */
export const leadRowId = (slug: string, index: number): string => `lead-${slug}-${index + 1}`;
