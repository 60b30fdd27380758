/** The bar chart of a plan's busiest lead units on /leads/ as SVG. */
import type { Plan } from '../../model/schema.ts';
import { barChart } from '../charts/bar-chart.ts';
import { renderBarChart } from '../charts/render-bar-chart.ts';
import { leadRowId, type LeadCount } from './lead-counts.ts';
import { planShortName } from './plan-items.ts';

/** The chart of the first `top` units (bars link to their table rows); null when the plan names no lead. */
export function leadChartSvg(plan: Plan, counts: LeadCount[], top: number, tableId: string): string | null {
  const shown = counts.slice(0, top);
  if (shown.length === 0) return null;
  const bars = shown.map((c, i) => ({
    label: c.unit, value: c.measures.length, valueLabel: `${c.measures.length} 项`,
    href: `#${leadRowId(plan.slug, i)}`, title: `${c.unit}：牵头 ${c.measures.length} 项措施`,
  }));
  return renderBarChart(barChart(bars, { width: 520, rowHeight: 26, maxLabelWidth: 220 }), {
    id: `lead-chart-${plan.slug}`, title: `${planShortName(plan)}：牵头措施最多的 ${shown.length} 个单位`, tableId,
    desc: `${shown.map((c) => `${c.unit} ${c.measures.length} 项`).join('；')}。`,
  });
}
