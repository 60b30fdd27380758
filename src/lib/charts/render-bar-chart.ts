/** SVG markup of a horizontal bar chart from its geometry (text escaped by `el`). */
import type { BarChartGeometry } from './bar-chart.ts';
import { chartFrame, type ChartLabel } from './chart-frame.ts';
import { el } from './svg.ts';

/** The chart as an SVG string, ready for `set:html`. */
export function renderBarChart(g: BarChartGeometry, label: ChartLabel): string {
  const grid = el('g', { class: 'grid', 'aria-hidden': 'true' },
    g.ticks.map((t) => el('line', { x1: t.x, x2: t.x, y1: 0, y2: g.axisY })));
  const bars = el('g', { class: 'bars' }, g.bars.map((b) =>
    el('g', { class: 'bar', 'data-plan': b.group },
      el('a', { href: b.href, tabindex: -1 },
        el('title', {}, b.title),
        el('rect', { x: b.x, y: b.y, width: b.width, height: b.height }),
        el('text', { class: 'label', x: b.labelX, y: b.textY, 'text-anchor': 'end' }, b.shownLabel),
        el('text', { class: 'value', x: b.valueX, y: b.textY }, b.valueLabel)))));
  const axis = el('g', { class: 'axis', 'aria-hidden': 'true' },
    el('line', { x1: g.plotLeft, x2: g.plotRight, y1: g.axisY, y2: g.axisY }),
    g.ticks.map((t) => el('text', { x: t.x, y: g.axisY + g.fontSize + 4, 'text-anchor': 'middle' }, t.label)));
  return chartFrame(label, g, 'chart-bars', [grid, bars, axis]).svg;
}
