/** The <svg> element every chart shares: size, accessible name and description. */
import { el, type Child, type Markup } from './svg.ts';

/** What names and describes a chart. */
export interface ChartLabel {
  /** Unique element id prefix on the page (title and desc ids derive from it). */
  id: string;
  /** Short accessible name, e.g. "获得电力 · 低压小微企业办电时间（工作日）". */
  title: string;
  /** One-paragraph text summary of what the chart shows. */
  desc: string;
  /** Id of the table with the same data (its text equivalent), if any. */
  tableId?: string;
}

/**
 * The svg root. role="group" rather than "img": the marks are links, and an img's children are
 * presentational. The links themselves are left out of the tab order (tabindex -1) because the
 * equivalent table next to the chart holds the same links for keyboard and screen-reader users.
 */
export function chartFrame(label: ChartLabel, size: { width: number; height: number }, className: string, children: Child[]): Markup {
  return el('svg', {
    xmlns: 'http://www.w3.org/2000/svg', class: `chart ${className}`, id: label.id,
    viewBox: `0 0 ${size.width} ${size.height}`, width: size.width, height: size.height,
    role: 'group', 'aria-labelledby': `${label.id}-title`,
    'aria-describedby': [`${label.id}-desc`, label.tableId].filter(Boolean).join(' '),
  },
  el('title', { id: `${label.id}-title` }, label.title),
  el('desc', { id: `${label.id}-desc` }, label.desc),
  ...children);
}
