/**
 * Which values of a headline metric are charted: one bar chart per unit that two or more plans
 * use. Units are never converted (工作日 vs 日, 小时 vs 工作小时 stay apart), so a value in a unit
 * no other plan uses is listed beside the chart instead.
 */
import type { HeadlineRow, HeadlineValue } from './headline-table.ts';

/** One bar: a value of one plan. */
export interface MetricBar {
  slug: string;
  /** Plan name, plus the subject when the plan gives several values in this unit. */
  label: string;
  value: HeadlineValue;
}

/** A chart of the values in one unit. */
export interface MetricChart {
  unit: string;
  bars: MetricBar[];
}

/** Charts of a metric, and the values left out of every chart with their plan. */
export interface MetricCharts {
  charts: MetricChart[];
  uncharted: { slug: string; value: HeadlineValue }[];
}

/** Cuts a subject to fit a chart label, keeping its end (where "…办电时间" says what is measured). */
const shortSubject = (s: string, max = 12): string => (s.length <= max ? s : `…${s.slice(-max)}`);

/** Charts for a row; `names` maps plan slugs to the names shown on bars. */
export function metricCharts(row: HeadlineRow, names: Map<string, string>): MetricCharts {
  const units = [...new Set(row.cells.flatMap((c) => c.values.map((v) => v.unit)))];
  const charts: MetricChart[] = [];
  const uncharted: MetricCharts['uncharted'] = [];
  for (const unit of units) {
    const cells = row.cells.map((c) => ({ slug: c.slug, values: c.values.filter((v) => v.unit === unit) })).filter((c) => c.values.length > 0);
    if (cells.length < 2) {
      for (const c of cells) for (const value of c.values) uncharted.push({ slug: c.slug, value });
      continue;
    }
    const bars = cells.flatMap((c) => c.values.map((value) => ({
      slug: c.slug,
      label: c.values.length > 1 ? `${names.get(c.slug) ?? c.slug} · ${shortSubject(value.statements[0]!.subject)}` : names.get(c.slug) ?? c.slug,
      value,
    })));
    charts.push({ unit, bars });
  }
  return { charts, uncharted };
}
