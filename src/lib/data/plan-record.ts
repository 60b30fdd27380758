/**
 * One plan as the plan-against-plan page reads it (/data/plans/<slug>.json.gz): its measures with
 * indicators, headline targets and similar measures, compact, so the page fetches two small
 * files and never the whole measures.json. The page shows a measure as its number and an
 * excerpt of 80 characters, and only targets of a headline metric, so the file holds just that:
 * the full text and every target are in measures.json and targets.json already (stored once).
 * Measures are arrays in the order of the file's `fields`; a measure's id and URL follow from
 * the slug and its number. On 50 synthetic plans this took the files from 4.9 to ~1.9 MB.
 */
import type { Plan } from '../../model/schema.ts';
import { measureUrl, planShortName } from '../compare/plan-items.ts';
import type { SimilarRef } from '../similar-fs.ts';

/** How much of a measure's text the page shows. */
export const PLAN_EXCERPT_CHARS = 80;

/** A measure in a plan record, as the page uses it. */
export interface PlanRecordMeasure {
  id: string;
  n: number;
  url: string;
  /** The first PLAN_EXCERPT_CHARS characters of the text, "…" when cut. */
  excerpt: string;
  /** Indicator ids, primary first. */
  indicators: string[];
  /** Targets of a headline metric. */
  targets: { metric: string; quote: string }[];
  similar: SimilarRef[];
}

/** The plan's own fields. */
interface PlanRecordHead {
  slug: string;
  title: string;
  /** "资阳市 2021". */
  name: string;
  region: string;
  province: string;
  year: number | null;
  url: string;
}

/** A plan record as the page uses it. */
export interface PlanRecord extends PlanRecordHead { measures: PlanRecordMeasure[] }

/** The order of a measure's fields in the file (written into it as `fields`). */
export const PLAN_MEASURE_FIELDS = [
  'n (measure id <slug>-m<n>, link <plan url>#m<n>)', 'excerpt', 'indicators (primary first)',
  'targets ([metric, quote] of headline-metric targets)', 'similar ([measure id, score] best first)',
] as const;

/** A measure in the file. */
export type WirePlanMeasure = [number, string, string[], [string, string][], [string, number][]];

/** /data/plans/<slug>.json.gz. */
export interface WirePlanRecord extends PlanRecordHead { fields: typeof PLAN_MEASURE_FIELDS; measures: WirePlanMeasure[] }

const excerptOf = (text: string) => (text.length > PLAN_EXCERPT_CHARS ? `${text.slice(0, PLAN_EXCERPT_CHARS)}…` : text);

/** The file of a plan; `similarOf` gives each measure's similar measures. */
export function planRecord(plan: Plan, similarOf: (id: string) => SimilarRef[]): WirePlanRecord {
  return {
    slug: plan.slug, title: plan.meta.title, name: planShortName(plan), region: plan.meta.region, province: plan.meta.province, year: plan.meta.year,
    url: `/plans/${plan.slug}/`, fields: PLAN_MEASURE_FIELDS,
    measures: plan.measures.map((m) => {
      // The id and link are rebuilt from the number on the page; a model breaking that rule must fail the build.
      if (m.id !== `${plan.slug}-m${m.n}` || measureUrl(plan.slug, m) !== `/plans/${plan.slug}/#m${m.n}`) throw new Error(`measure ${m.id} does not follow <slug>-m<n>`);
      return [m.n, excerptOf(m.text), m.indicators, m.targets.flatMap((t) => (t.metric ? [[t.metric, t.quote] as [string, string]] : [])), similarOf(m.id).map((s) => [s.id, s.score] as [string, number])];
    }),
  };
}

/** A plan record as the page uses it, from the file. */
export function expandPlanRecord(w: WirePlanRecord): PlanRecord {
  const { fields: _fields, measures, ...head } = w;
  return {
    ...head,
    measures: measures.map(([n, excerpt, indicators, targets, similar]) => ({
      id: `${w.slug}-m${n}`, n, url: `${w.url}#m${n}`, excerpt, indicators,
      targets: targets.map(([metric, quote]) => ({ metric, quote })), similar: similar.map(([id, score]) => ({ id, score })),
    })),
  };
}
