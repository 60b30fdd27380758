/**
 * The site's published data (`/data/…`, README "Published data"), made from the plan models by
 * the build's data process while Astro renders the pages: as Astro endpoints these files cost
 * ~4.5 s of a 500-plan build on Astro's one thread, while the machine's other core sat idle.
 * The same bytes as those endpoints made (whole-array JSON.stringify, toCsv).
 */
import type { Plan } from '../../model/schema.ts';
import { planItems, planShortName } from '../compare/plan-items.ts';
import { frontier } from '../compare/frontier.ts';
import { plansAcross } from '../compare/plans-across.ts';
import { formatNumber } from '../compare/target-words.ts';
import { INDICATORS, METRICS } from '../compare/taxonomy.ts';
import { planUrl } from '../plan-urls.ts';
import type { PlanIndex } from '../scale/chosen-plans.ts';
import { ITEM_FIELDS, compactColumn, type WireColumn } from '../scale/column-wire.ts';
import { columnRecord } from '../scale/item-record.ts';
import { byProvince } from '../scale/province-groups.ts';
import type { SimilarRef } from '../similar-fs.ts';
import { toPinyinSlug } from '../../../scripts/lib/text/to-pinyin-slug.ts';
import { MEASURE_COLUMNS, measureRecord } from './measure-record.ts';
import { planRecord } from './plan-record.ts';
import { TARGET_COLUMNS, targetRecords, type TargetRecord } from './target-records.ts';
import { BOM, csvLines, toCsv } from './to-csv.ts';

/**
 * A published file, or a piece of one: a piece with `append` continues the file of that path
 * begun before. A path ending in `.gz` is written gzip-compressed, each piece as a gzip member of
 * its own (RFC 1952 §2.2: a file of several members decompresses to their texts one after another).
 */
export interface PublishedFile { path: string; content: string; append?: boolean }

/**
 * The bulk tables, one row per measure or target of every plan, are published gzip-compressed:
 * at 500 plans measures.json and .csv were 147 MB of the site's 724 (the same text as the plan
 * pages, twice more), 27 MB compressed (measured, one build). Spreadsheets and data tools open .gz (Python, R, Excel
 * after unpacking); the per-plan records and the indexes the pages read stay plain.
 */
export const BULK = {
  measuresJson: 'data/measures.json.gz', measuresCsv: 'data/measures.csv.gz', targetsJson: 'data/targets.json.gz', targetsCsv: 'data/targets.csv.gz',
} as const;

/** What the tables need of a plan once its own files are made: slug, metadata, measure count, the measures holding targets (for the frontier's deadlines). */
type PlanHead = Pick<Plan, 'slug' | 'meta' | 'measures'> & { count: number };

/** The plans' table (`data/plans.json`): one object per plan. */
function plansTable(plans: readonly PlanHead[]): unknown[] {
  return plans.map((p) => ({
    slug: p.slug, url: planUrl(p.slug), title: p.meta.title, issuer: p.meta.issuer, docNumber: p.meta.docNumber,
    issueDate: p.meta.issueDate, region: p.meta.region, city: p.meta.city, province: p.meta.province, level: p.meta.level,
    divisionCode: p.meta.divisionCode, year: p.meta.year, yearEnd: p.meta.yearEnd,
    measureCount: p.count,
  }));
}

/** `data/plan-index.json`: every plan's slug, name, province, level, year and region pinyin (always written: the compare page's plan list reads it). */
function planIndex(plans: readonly PlanHead[]): PlanIndex {
  const groups = byProvince(plans);
  return {
    provinces: groups.map((g) => [g.slug, g.province]),
    plans: groups.flatMap((g) => g.plans.map((p) => ({
      slug: p.slug, name: planShortName(p), province: g.slug, level: p.meta.level ?? 'unknown', year: String(p.meta.year ?? 'unknown'), pinyin: toPinyinSlug(p.meta.region),
    }))),
  };
}

/** The frontier as CSV: one row per metric, unit and plan (the best plan first, gap 0). */
function frontierCsv(entries: ReturnType<typeof frontier>): string {
  const rows = entries.flatMap((e) => e.plans.map((p) => [
    e.metric, e.zh, e.better, e.unit, formatNumber(e.best.value), e.best.plan, p.plan, formatNumber(p.value), formatNumber(p.gap), p.measure, p.quote, p.url,
  ]));
  return toCsv(['metric', 'metric_zh', 'better', 'unit', 'best_value', 'best_plan', 'plan', 'value', 'gap', 'measure', 'quote', 'url'], rows);
}

const MEASURE_HEADER = MEASURE_COLUMNS.map(([name]) => name);

/**
 * Every file under `data/`, made plan by plan so that only one plan's model is held at a time
 * (at 3 000 plans the models are gigabytes, and this runs beside Astro): measures.json and .csv (BULK)
 * in pieces, one record per plan for the plan-against-plan page, then targets and frontier (JSON
 * and CSV), plans.json and plan-index.json, and, when plans are too many for one indicator page
 * (plansAcross), one column file per indicator and province, loaded a province at a time.
 * `slugs` in slug order; `load` reads a plan's model; `similarOf` gives a measure's similar measures.
 */
export function* publishedFiles(slugs: readonly string[], load: (slug: string) => Plan, similarOf: (measureId: string) => SimilarRef[]): Generator<PublishedFile> {
  yield { path: BULK.measuresJson, content: '[' };
  yield { path: BULK.measuresCsv, content: BOM + csvLines(MEASURE_HEADER, [MEASURE_HEADER], 0) };
  const heads: PlanHead[] = [];
  const targets: TargetRecord[] = [];
  let rows = 0;
  for (const slug of slugs) {
    const p = load(slug);
    const records = p.measures.map((m) => measureRecord(p, m));
    // JSON.stringify of the whole array, a plan at a time: items joined by commas.
    if (records.length > 0) yield { path: BULK.measuresJson, content: `${rows > 0 ? ',' : ''}${records.map((r) => JSON.stringify(r)).join(',')}`, append: true };
    yield { path: BULK.measuresCsv, content: csvLines(MEASURE_HEADER, records.map((r) => MEASURE_COLUMNS.map(([, get]) => get(r))), rows + 1), append: true };
    rows += records.length;
    yield { path: `data/plans/${p.slug}.json.gz`, content: JSON.stringify(planRecord(p, similarOf)) };
    targets.push(...targetRecords([p], METRICS));
    heads.push({ slug: p.slug, meta: p.meta, measures: p.measures.filter((m) => m.targets.length > 0), count: p.measures.length });
  }
  yield { path: BULK.measuresJson, content: ']', append: true };
  yield { path: BULK.targetsJson, content: JSON.stringify(targets) };
  yield { path: BULK.targetsCsv, content: toCsv(TARGET_COLUMNS.map(([name]) => name), targets.map((r) => TARGET_COLUMNS.map(([, get]) => get(r)))) };
  const entries = frontier(targets, METRICS, heads);
  yield { path: 'data/frontier.json', content: JSON.stringify(entries) };
  yield { path: 'data/frontier.csv', content: frontierCsv(entries) };
  yield { path: 'data/plans.json', content: JSON.stringify(plansTable(heads)) };
  yield { path: 'data/plan-index.json', content: JSON.stringify(planIndex(heads)) };
  if (plansAcross(slugs.length)) return;
  for (const group of byProvince(heads)) {
    // A plan at a time, each made into its column of every indicator, so that one model is held,
    // not a province's (hundreds at 3,000 plans). The late data's growth at 3,000 plans turned out
    // to be V8's uncollected garbage (see collect() in scripts/build.ts), not these models.
    const columns = INDICATORS.map((): WireColumn[] => []);
    for (const h of group.plans) {
      const p = load(h.slug);
      INDICATORS.forEach((indicator, i) => columns[i]!.push(compactColumn(columnRecord(p, planItems(p, indicator.id)))));
    }
    for (const [i, indicator] of INDICATORS.entries()) {
      const body = { indicator: indicator.id, province: group.province, fields: ITEM_FIELDS, plans: columns[i]! };
      // Gzip (PublishedFile): loaded whole on demand, 58 MB of JSON at 500 plans.
      yield { path: `data/indicators/${indicator.id}/${group.slug}.json.gz`, content: JSON.stringify(body) };
    }
  }
}
