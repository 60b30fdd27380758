/**
 * Geometry of a dot timeline: one row per plan, one column per month (then "later", open-ended
 * and undated columns, set apart), a circle whose area is proportional to the count.
 */
import { max } from 'd3-array';
import { scaleSqrt } from 'd3-scale';
import { fitText, r1, textWidth } from './svg.ts';

/** A column: a month of the plan's year, or one of the buckets that are not a month. */
export interface TimelineColumn {
  label: string;
  kind: 'month' | 'later' | 'open' | 'none';
}

/** One mark's data. */
export interface TimelineDatum {
  count: number;
  href: string;
  title: string;
}

/** Input: row labels, columns, and values[row][column]. */
export interface TimelineData {
  rows: string[];
  columns: TimelineColumn[];
  values: TimelineDatum[][];
}

/** A placed mark (count > 0 only). */
export interface TimelineMark extends TimelineDatum {
  cx: number;
  cy: number;
  r: number;
  /** Whether the column is a dated one (filled dot) or open-ended / undated (ring). */
  dated: boolean;
  /** Where the count is written: inside big dots, above small ones. */
  textY: number;
  inside: boolean;
}

/** Everything the renderer needs. */
export interface TimelineGeometry {
  width: number;
  height: number;
  fontSize: number;
  rowLabels: { label: string; x: number; y: number; lineX1: number; lineX2: number }[];
  columnLabels: { label: string; x: number; y: number }[];
  marks: TimelineMark[];
}

/** Lays out the grid; undated columns are wider (their labels are longer) and set apart by a gap. */
export function timeline(data: TimelineData, opts: { fontSize?: number; rowHeight?: number } = {}): TimelineGeometry {
  const { fontSize = 13, rowHeight = 48 } = opts;
  const labelWidth = Math.min(150, max(data.rows, (r) => textWidth(r, fontSize)) ?? 0) + 12;
  const xs: number[] = [];
  let x = labelWidth;
  data.columns.forEach((c, i) => {
    if (c.kind === 'open' && data.columns[i - 1]?.kind !== 'open') x += 14;
    const w = c.kind === 'month' ? 46 : Math.max(48, textWidth(c.label, fontSize) + 10);
    xs.push(x + w / 2);
    x += w;
  });
  const top = fontSize + 12;
  const peak = max(data.values.flat(), (v) => v.count) || 1;
  const radius = scaleSqrt().domain([0, peak]).range([0, Math.min(20, rowHeight / 2 - 3)]);
  const marks = data.values.flatMap((row, i) => row.flatMap((v, j) => {
    if (v.count === 0) return [];
    const cy = top + i * rowHeight + rowHeight / 2;
    const r = Math.max(3, radius(v.count));
    // The count goes inside when it fits, else above the dot.
    const inside = r >= textWidth(String(v.count), fontSize) / 2 + 3;
    const kind = data.columns[j]!.kind;
    return [{ ...v, cx: r1(xs[j]!), cy: r1(cy), r: r1(r), dated: kind === 'month' || kind === 'later', inside, textY: r1(inside ? cy + fontSize * 0.35 : cy - r - 3) }];
  }));
  const monthEnd = xs.filter((_, j) => data.columns[j]!.kind === 'month').at(-1) ?? labelWidth;
  return {
    width: r1(x + 6), height: r1(top + data.rows.length * rowHeight + 2), fontSize,
    rowLabels: data.rows.map((label, i) => ({ label: fitText(label, 150, fontSize), x: r1(labelWidth - 8), y: r1(top + i * rowHeight + rowHeight / 2 + fontSize * 0.35), lineX1: r1(labelWidth), lineX2: r1(monthEnd + 19) })),
    columnLabels: data.columns.map((c, j) => ({ label: c.label, x: r1(xs[j]!), y: fontSize + 2 })),
    marks,
  };
}
