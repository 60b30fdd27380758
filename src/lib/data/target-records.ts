/** The published targets (/data/targets.json) and their CSV twin (/data/targets.csv). */
import type { Comparator, EnrichedTarget, Metric } from '../../model/compare.ts';
import type { Plan } from '../../model/schema.ts';
import { goalDomId, goalUrl, measureUrl } from '../compare/plan-items.ts';
import { formatNumber } from '../compare/target-words.ts';
import type { CsvField } from './to-csv.ts';

/** One object of /data/targets.json. */
export interface TargetRecord {
  /** "<measure id>-t<k>", or "<slug>-<heading id>-t<k>" for a goal; k counts from 1 in text order. */
  id: string;
  plan: string;
  /** Measure id, or null for a target stated in a section goal. */
  measure: string | null;
  /** The metric's indicator, else the measure's (or goal's) primary indicator. */
  indicator: string;
  metric: string | null;
  subject: string;
  value: number;
  unit: string;
  comparator: Comparator | null;
  from: number | null;
  quote: string;
  /** Plan page URL at the measure or the goal's heading. */
  url: string;
}

function record(plan: Plan, idPrefix: string, measure: string | null, url: string, primary: string, t: EnrichedTarget, k: number, metrics: Map<string, Metric>): TargetRecord {
  return {
    id: `${idPrefix}-t${k + 1}`, plan: plan.slug, measure,
    indicator: (t.metric && metrics.get(t.metric)?.indicator) || primary, metric: t.metric,
    subject: t.subject, value: t.value, unit: t.unit, comparator: t.comparator, from: t.from, quote: t.quote, url,
  };
}

/** Every target of every plan: per plan, goals first, then measures, each in text order. */
export function targetRecords(plans: Plan[], metricList: Metric[]): TargetRecord[] {
  const metrics = new Map(metricList.map((m) => [m.id, m]));
  return plans.flatMap((p) => [
    ...p.goals.flatMap((g) => g.targets.map((t, k) => record(p, goalDomId(p.slug, g), null, goalUrl(p.slug, g), g.indicators[0]!, t, k, metrics))),
    ...p.measures.flatMap((m) => m.targets.map((t, k) => record(p, m.id, m.id, measureUrl(p.slug, m), m.indicators[0]!, t, k, metrics))),
  ]);
}

/** CSV columns: header name and how the field is read from the JSON record. */
export const TARGET_COLUMNS: [string, (r: TargetRecord) => CsvField][] = [
  ['id', (r) => r.id],
  ['plan', (r) => r.plan],
  ['measure', (r) => r.measure],
  ['indicator', (r) => r.indicator],
  ['metric', (r) => r.metric],
  ['subject', (r) => r.subject],
  ['value', (r) => formatNumber(r.value)],
  ['unit', (r) => r.unit],
  ['comparator', (r) => r.comparator],
  ['from', (r) => (r.from === null ? null : formatNumber(r.from))],
  ['quote', (r) => r.quote],
  ['url', (r) => r.url],
];
