/**
 * One similar measure per other plan, its best: five copies of one text in one plan are one
 * plan doing it. Shared by the entries a plan page shows (similar-items.ts) and the lists its
 * readers open (scripts/lib/similar/similar-list-files.ts), so that both list the same plans.
 */

/** The plan slug of a measure id ("zigong-2021-m2" → "zigong-2021"). */
export const planOfMeasure = (id: string): string => id.replace(/-m\d+$/, '');

/** `refs` (best first) keeping the first of each plan. */
export function onePerPlan<T extends { id: string }>(refs: readonly T[]): T[] {
  const seen = new Set<string>();
  return refs.filter((r) => { const slug = planOfMeasure(r.id); return !seen.has(slug) && seen.add(slug); });
}
