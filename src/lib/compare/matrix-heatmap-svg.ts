/** The heatmap of /indicators/ (indicator × plan measure counts) as SVG. */
import type { Plan } from '../../model/schema.ts';
import { heatmap, type HeatDatum } from '../charts/heatmap.ts';
import { renderHeatmap } from '../charts/render-heatmap.ts';
import { indicatorUrl, type MatrixRow } from './indicator-matrix.ts';
import { planShortName } from './plan-items.ts';
import { plansAcross } from './plans-across.ts';

/**
 * The chart; `tableId` is the matrix table, its text equivalent. Indicators are its rows and
 * plans its columns while the plans fit across (plansAcross); beyond that, as in the table, the
 * plans are the rows and the indicators narrow columns with slanted names. `cellUrl` is where a
 * cell links: the plan's column on the indicator page, or on a per-province page at scale.
 */
export function matrixHeatmapSvg(plans: Plan[], rows: MatrixRow[], tableId: string, cellUrl: (indicator: string, slug: string) => string = indicatorUrl): string {
  const names = plans.map(planShortName);
  const busiest = rows.filter((r) => r.indicator.origin !== 'general').sort((a, b) => b.primary - a.primary).slice(0, 3);
  const datum = (r: MatrixRow, j: number): HeatDatum => {
    const c = r.cells[j]!;
    return {
      value: c.primary, secondary: c.secondary, href: cellUrl(r.indicator.id, c.slug),
      title: `${names[j]} · ${r.indicator.zh}：主要 ${c.primary} 项${c.secondary > 0 ? `，兼及 ${c.secondary} 项` : ''}`,
    };
  };
  const across = plansAcross(plans.length);
  const grid = across
    ? heatmap({ rows: rows.map((r) => r.indicator.zh), columns: names, values: rows.map((r) => r.cells.map((_, j) => datum(r, j))) })
    : heatmap({ rows: names, columns: rows.map((r) => r.indicator.zh), values: names.map((_, j) => rows.map((r) => datum(r, j))) }, { slant: true, minColumn: 46, rowHeight: 22 });
  return renderHeatmap(grid, {
    id: 'matrix-chart', title: across ? '指标 × 方案 热力图：各方案涉及各指标的措施数' : '方案 × 指标 热力图：各方案涉及各指标的措施数', tableId,
    desc: `${rows.length} 个指标、${plans.length} 份方案${across ? '' : '（每行一份方案）'}；颜色越深，以该指标为主要指标的措施越多，空格为没有措施涉及该指标。措施最多的指标：${busiest.map((r) => `${r.indicator.zh}（${r.primary} 项）`).join('、')}。`,
  });
}
