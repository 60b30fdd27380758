/** SVG markup of a dot timeline from its geometry (text escaped by `el`). */
import { chartFrame, type ChartLabel } from './chart-frame.ts';
import type { TimelineGeometry } from './timeline.ts';
import { el } from './svg.ts';

/** The timeline as an SVG string, ready for `set:html`. */
export function renderTimeline(g: TimelineGeometry, label: ChartLabel): string {
  const columns = el('g', { class: 'column-labels', 'aria-hidden': 'true' },
    g.columnLabels.map((c) => el('text', { x: c.x, y: c.y, 'text-anchor': 'middle' }, c.label)));
  const rows = el('g', { class: 'row-labels', 'aria-hidden': 'true' },
    g.rowLabels.map((r) => el('g', {},
      el('line', { x1: r.lineX1, x2: r.lineX2, y1: r.y - g.fontSize * 0.35, y2: r.y - g.fontSize * 0.35 }),
      el('text', { x: r.x, y: r.y, 'text-anchor': 'end' }, r.label))));
  const marks = el('g', { class: 'marks' }, g.marks.map((m) =>
    el('a', { href: m.href, tabindex: -1, class: m.dated ? 'mark dated' : 'mark undated' },
      el('title', {}, m.title),
      el('circle', { cx: m.cx, cy: m.cy, r: m.r }),
      el('text', { x: m.cx, y: m.textY, 'text-anchor': 'middle', class: m.inside ? 'inside' : 'outside' }, String(m.count)))));
  return chartFrame(label, g, 'chart-timeline', [columns, rows, marks]).svg;
}
