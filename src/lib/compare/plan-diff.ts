/**
 * Plan against plan, indicator by indicator (/compare/?a=…&b=…): how many measures each commits,
 * their headline targets side by side, the measures of one that the build found similar to a
 * measure of the other, aligned in pairs, and what only one of them has. Pure, shared by the
 * page's script and its tests.
 */
import type { PlanRecord, PlanRecordMeasure } from '../data/plan-record.ts';

/** A pair of similar measures, one from each plan. */
export interface AlignedPair { a: PlanRecordMeasure; b: PlanRecordMeasure; score: number }

/** One indicator's comparison. */
export interface IndicatorDiff {
  indicator: string;
  countA: number;
  countB: number;
  /** Headline targets (with a metric) of each plan under this indicator. */
  targetsA: { measure: PlanRecordMeasure; target: PlanRecordMeasure['targets'][number] }[];
  targetsB: { measure: PlanRecordMeasure; target: PlanRecordMeasure['targets'][number] }[];
  /** Best-first pairs, each measure in at most one pair. */
  pairs: AlignedPair[];
  onlyA: PlanRecordMeasure[];
  onlyB: PlanRecordMeasure[];
}

/** Measures of a plan whose primary indicator is `id` (each measure is compared under its primary indicator only). */
const under = (p: PlanRecord, id: string) => p.measures.filter((m) => m.indicators[0] === id);

/** The comparison of two plans, one entry per indicator either plan has a measure under, in `order`. */
export function planDiff(a: PlanRecord, b: PlanRecord, order: string[]): IndicatorDiff[] {
  return order.flatMap((id) => {
    const ma = under(a, id);
    const mb = under(b, id);
    if (ma.length === 0 && mb.length === 0) return [];
    const inB = new Map(mb.map((m) => [m.id, m]));
    const candidates = ma.flatMap((m) => m.similar.filter((s) => inB.has(s.id)).map((s) => ({ a: m, b: inB.get(s.id)!, score: s.score })));
    candidates.sort((x, y) => y.score - x.score || x.a.n - y.a.n || x.b.n - y.b.n);
    const usedA = new Set<string>();
    const usedB = new Set<string>();
    const pairs = candidates.filter((p) => !usedA.has(p.a.id) && !usedB.has(p.b.id) && usedA.add(p.a.id) && usedB.add(p.b.id));
    pairs.sort((x, y) => x.a.n - y.a.n);
    const headline = (ms: PlanRecordMeasure[]) => ms.flatMap((measure) => measure.targets.filter((t) => t.metric !== null).map((target) => ({ measure, target })));
    return [{
      indicator: id, countA: ma.length, countB: mb.length, targetsA: headline(ma), targetsB: headline(mb), pairs,
      onlyA: ma.filter((m) => !usedA.has(m.id)), onlyB: mb.filter((m) => !usedB.has(m.id)),
    }];
  });
}
