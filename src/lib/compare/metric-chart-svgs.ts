/** The bar charts of an indicator page's headline metrics, rendered to SVG with their captions. */
import { barChart } from '../charts/bar-chart.ts';
import { renderBarChart } from '../charts/render-bar-chart.ts';
import type { HeadlineRow } from './headline-table.ts';
import { metricCharts } from './metric-charts.ts';
import { targetPhrase, valueWithUnit } from './target-words.ts';

/** A chart ready for the page. */
export interface MetricChartSvg {
  svg: string;
  /** What the chart shows, e.g. "低压小微企业办电时间（工作日）". */
  caption: string;
  /** Values of the metric left out because no other plan uses their unit: "资阳市 2021 4 工作小时". */
  uncharted: string[];
}

/** One chart per metric and unit that two or more plans give values in; `tableId` is their text equivalent. */
export function metricChartSvgs(rows: HeadlineRow[], names: Map<string, string>, indicatorName: string, tableId: string): MetricChartSvg[] {
  return rows.flatMap((row) => {
    const { charts, uncharted } = metricCharts(row, names);
    const left = uncharted.map((u) => `${names.get(u.slug) ?? u.slug} ${targetPhrase(u.value)}`);
    return charts.map((chart, k) => {
      const caption = `${row.metric.zh}（${chart.unit}）`;
      const bars = chart.bars.map((b) => ({
        label: b.label, value: b.value.value, valueLabel: valueWithUnit(b.value.value, b.value.unit), group: b.slug,
        href: b.value.statements[0]!.sources[0]!.url,
        title: `${b.label}：${targetPhrase(b.value)}（原文：${b.value.statements.map((s) => `${s.subject}${s.quote}`).join('；')}）`,
      }));
      const svg = renderBarChart(barChart(bars), {
        id: `chart-${row.metric.id}-${k + 1}`, title: `${indicatorName} · ${caption}`, tableId,
        desc: `${bars.map((b) => `${b.label}：${b.valueLabel}`).join('；')}。${row.metric.better === 'lower' ? '数值越低越好' : '数值越高越好'}。`,
      });
      return { svg, caption, uncharted: k === charts.length - 1 ? left : [] };
    });
  });
}
