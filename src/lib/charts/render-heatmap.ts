/** SVG markup of a heatmap from its geometry (text escaped by `el`). */
import { chartFrame, type ChartLabel } from './chart-frame.ts';
import type { HeatmapGeometry } from './heatmap.ts';
import { el } from './svg.ts';

/** The heatmap as an SVG string, ready for `set:html`. */
export function renderHeatmap(g: HeatmapGeometry, label: ChartLabel): string {
  const columns = el('g', { class: 'column-labels', 'aria-hidden': 'true' },
    g.columnLabels.map((c) => el('text', c.angle === undefined
      ? { x: c.x, y: c.y, 'text-anchor': 'middle' }
      : { x: c.x, y: c.y, 'text-anchor': 'start', transform: `rotate(${c.angle} ${c.x} ${c.y})` }, c.label)));
  const rows = el('g', { class: 'row-labels', 'aria-hidden': 'true' },
    g.rowLabels.map((r) => el('text', { x: r.x, y: r.y, 'text-anchor': 'end' }, r.label)));
  // An empty cell (nothing to count, nothing to link to) is only its box: with hundreds of
  // columns most of the grid is empty, and a link, tooltip and "0" each would weigh megabytes.
  const cells = el('g', { class: 'cells' }, g.cells.map((c) => c.value === 0 && c.secondary === 0
    ? el('rect', { class: 'empty', x: c.x, y: c.y, width: c.width, height: c.height })
    : el('a', { href: c.href, tabindex: -1, class: c.dark ? 'cell dark' : c.value === 0 ? 'cell zero' : 'cell' },
      el('title', {}, c.title),
      el('rect', { x: c.x, y: c.y, width: c.width, height: c.height, fill: c.fill }),
      el('text', { x: c.textX, y: c.textY, 'text-anchor': 'middle' },
        String(c.value),
        c.secondary > 0 && el('tspan', { class: 'secondary', dx: 3 }, `+${c.secondary}`)))));
  return chartFrame(label, g, 'chart-heatmap', [columns, rows, cells]).svg;
}
