/** The heatmap of /indicators/ (indicator × plan measure counts) as SVG. */
import type { Plan } from '../../model/schema.ts';
import { heatmap } from '../charts/heatmap.ts';
import { renderHeatmap } from '../charts/render-heatmap.ts';
import { indicatorUrl, type MatrixRow } from './indicator-matrix.ts';
import { planShortName } from './plan-items.ts';

/** The chart; `tableId` is the matrix table, its text equivalent. */
export function matrixHeatmapSvg(plans: Plan[], rows: MatrixRow[], tableId: string): string {
  const names = plans.map(planShortName);
  const busiest = rows.filter((r) => r.indicator.origin !== 'general').sort((a, b) => b.primary - a.primary).slice(0, 3);
  return renderHeatmap(heatmap({
    rows: rows.map((r) => r.indicator.zh),
    columns: names,
    values: rows.map((r) => r.cells.map((c, j) => ({
      value: c.primary, secondary: c.secondary, href: indicatorUrl(r.indicator.id, c.slug),
      title: `${names[j]} · ${r.indicator.zh}：主要 ${c.primary} 项${c.secondary > 0 ? `，兼及 ${c.secondary} 项` : ''}`,
    }))),
  }), {
    id: 'matrix-chart', title: '指标 × 方案 热力图：各方案涉及各指标的措施数', tableId,
    desc: `${rows.length} 个指标、${plans.length} 份方案；颜色越深，以该指标为主要指标的措施越多，空格为没有措施涉及该指标。措施最多的指标：${busiest.map((r) => `${r.indicator.zh}（${r.primary} 项）`).join('、')}。`,
  });
}
