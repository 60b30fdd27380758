/**
 * One plan as the plan-against-plan page reads it (/data/plans/<slug>.json): its measures with
 * indicators, targets and similar measures, compact, so the page fetches two small files and
 * never the whole measures.json.
 */
import type { Plan } from '../../model/schema.ts';
import { measureUrl, planShortName } from '../compare/plan-items.ts';
import type { SimilarRef } from '../similar-fs.ts';

/** A measure in a plan record. */
export interface PlanRecordMeasure {
  id: string;
  n: number;
  url: string;
  text: string;
  /** Indicator ids, primary first. */
  indicators: string[];
  targets: { metric: string | null; subject: string; value: number; unit: string; comparator: string | null; quote: string }[];
  similar: SimilarRef[];
}

/** /data/plans/<slug>.json. */
export interface PlanRecord {
  slug: string;
  title: string;
  /** "资阳市 2021". */
  name: string;
  region: string;
  province: string;
  year: number | null;
  url: string;
  measures: PlanRecordMeasure[];
}

/** The record of a plan; `similarOf` gives each measure's similar measures. */
export function planRecord(plan: Plan, similarOf: (id: string) => SimilarRef[]): PlanRecord {
  return {
    slug: plan.slug, title: plan.meta.title, name: planShortName(plan), region: plan.meta.region, province: plan.meta.province, year: plan.meta.year,
    url: `/plans/${plan.slug}/`,
    measures: plan.measures.map((m) => ({
      id: m.id, n: m.n, url: measureUrl(plan.slug, m), text: m.text, indicators: m.indicators,
      targets: m.targets.map((t) => ({ metric: t.metric, subject: t.subject, value: t.value, unit: t.unit, comparator: t.comparator, quote: t.quote })),
      similar: similarOf(m.id),
    })),
  };
}
