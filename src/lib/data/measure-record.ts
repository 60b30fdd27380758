/** The published record of a measure (/data/measures.json) and its CSV twin (/data/measures.csv). */
import type { Evidence } from '../../model/compare.ts';
import type { Measure, Plan } from '../../model/schema.ts';
import { measureUrl } from '../compare/plan-items.ts';
import { similarOf, type SimilarRef } from '../similar-fs.ts';
import { LIST_SEPARATOR, type CsvField } from './to-csv.ts';

/** One object of /data/measures.json. */
export interface MeasureRecord {
  id: string;
  plan: string;
  url: string;
  path: string[];
  text: string;
  leads: string[];
  /** Units that cooperate (配合 / 协办 / 参与, or 责任单位 beside a 牵头单位). */
  partners: string[];
  leader: string | null;
  deadline: Measure['deadline'];
  indicators: string[];
  evidence: Evidence[];
  /** Measures of other plans that commit to the same practice, best first (score 0–1). */
  similar: SimilarRef[];
}

/** The record of a measure. */
export const measureRecord = (plan: Plan, m: Measure): MeasureRecord => ({
  id: m.id, plan: plan.slug, url: measureUrl(plan.slug, m), path: m.path, text: m.text,
  leads: m.leads, partners: m.partners, leader: m.leader, deadline: m.deadline, indicators: m.indicators, evidence: m.evidence,
  similar: similarOf(m.id),
});

/** Evidence in one CSV field: "electricity=标题:（二）获得电力|paying-taxes=关键词:纳税、税费". */
export const evidenceField = (evidence: Evidence[]): string =>
  evidence.map((e) => `${e.indicator}=${e.kind === 'heading' ? `标题:${e.heading ?? ''}` : `关键词:${(e.keywords ?? []).join('、')}${e.heading ? `（标题 ${e.heading}）` : ''}`}`).join(LIST_SEPARATOR);

/** CSV columns: header name and how the field is read from the JSON record. */
export const MEASURE_COLUMNS: [string, (r: MeasureRecord) => CsvField][] = [
  ['id', (r) => r.id],
  ['plan', (r) => r.plan],
  ['url', (r) => r.url],
  ['path', (r) => r.path.join(LIST_SEPARATOR)],
  ['text', (r) => r.text],
  ['leads', (r) => r.leads.join(LIST_SEPARATOR)],
  ['partners', (r) => r.partners.join(LIST_SEPARATOR)],
  ['leader', (r) => r.leader],
  ['deadline_raw', (r) => r.deadline?.raw ?? null],
  ['deadline_date', (r) => r.deadline?.date ?? null],
  ['indicators', (r) => r.indicators.join(LIST_SEPARATOR)],
  ['evidence', (r) => evidenceField(r.evidence)],
  ['similar', (r) => r.similar.map((x) => `${x.id}=${x.score}`).join(LIST_SEPARATOR)],
];
