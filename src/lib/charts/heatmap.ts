/**
 * Geometry of a heatmap: rows × columns of counts, the colour scaled to the main count, a
 * secondary count shown as "+n". Used for the indicator × plan matrix, which runs its plans
 * down the page once there are many (then its columns are the indicators, with slanted labels).
 */
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { fitText, r1, textWidth } from './svg.ts';

/** One cell's data. */
export interface HeatDatum {
  /** The count that sets the colour. */
  value: number;
  /** A second count shown beside it ("+n"); 0 hides it. */
  secondary: number;
  href: string;
  title: string;
}

/** Input: row and column labels, and values[row][column]. */
export interface HeatmapData {
  rows: string[];
  columns: string[];
  values: HeatDatum[][];
}

/** A placed cell. */
export interface HeatCell extends HeatDatum {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Fill colour (hex), from the scale. */
  fill: string;
  /** Whether the text needs the light colour to stay readable on the fill. */
  dark: boolean;
  textX: number;
  textY: number;
}

/** Everything the renderer needs. */
export interface HeatmapGeometry {
  width: number;
  height: number;
  fontSize: number;
  rowLabels: { label: string; x: number; y: number }[];
  /** Column labels; `angle` (degrees) when they are slanted, anchored at their start. */
  columnLabels: { label: string; x: number; y: number; angle?: number }[];
  cells: HeatCell[];
}

/** Layout options: default sizes, and `slant` for narrow columns with labels at 45°. */
export interface HeatmapOptions {
  width?: number;
  fontSize?: number;
  rowHeight?: number;
  /** Narrowest column (px); with `slant`, the width of every column. */
  minColumn?: number;
  /**
   * Narrow columns of fixed width whose labels are slanted: for many rows and a few dozen
   * columns with long names (plans × indicators: "知识产权创造、保护和运用" is 12 characters).
   */
  slant?: boolean;
}

/** Longest slanted column label, px: longer names are cut with "…" (the table has them whole). */
const SLANT_LABEL = 150;

/** Lays out the grid; the canvas widens so that every column is at least `minColumn` px. */
export function heatmap(data: HeatmapData, opts: HeatmapOptions = {}): HeatmapGeometry {
  const { fontSize = 13, rowHeight = 26, minColumn = 84, slant = false } = opts;
  const labelWidth = Math.min(200, max(data.rows, (r) => textWidth(r, fontSize)) ?? 0) + 12;
  const columnLabels = data.columns.map((label) => fitText(label, slant ? SLANT_LABEL : Infinity, fontSize));
  // Slanted labels rise at 45° from each column's centre: they need their height above the grid and their reach to the right.
  const reach = slant ? (max(columnLabels, (l) => textWidth(l, fontSize)) ?? 0) * Math.SQRT1_2 : 0;
  const width = slant
    ? labelWidth + data.columns.length * minColumn + Math.max(0, reach - minColumn / 2) + 4
    : Math.max(opts.width ?? 720, labelWidth + data.columns.length * minColumn);
  const colWidth = slant ? minColumn : (width - labelWidth) / Math.max(1, data.columns.length);
  const top = slant ? Math.ceil(reach + fontSize * 0.7) + 8 : fontSize + 14;
  const peak = max(data.values.flat(), (v) => v.value) || 1;
  const colour = scaleLinear<string>().domain([0, peak]).range(['#eef3f9', '#0b5cad']);
  const cells = data.values.flatMap((row, i) => row.map((v, j) => {
    const x = labelWidth + j * colWidth;
    const y = top + i * rowHeight;
    return {
      ...v, x: r1(x + 1), y: r1(y + 1), width: r1(colWidth - 2), height: r1(rowHeight - 2),
      fill: v.value === 0 ? '#ffffff' : colour(v.value), dark: v.value / peak > 0.5,
      textX: r1(x + colWidth / 2), textY: r1(y + rowHeight / 2 + fontSize * 0.35),
    };
  }));
  return {
    width: r1(width), height: r1(top + data.rows.length * rowHeight + 4), fontSize,
    rowLabels: data.rows.map((label, i) => ({ label: fitText(label, 200, fontSize), x: r1(labelWidth - 8), y: r1(top + i * rowHeight + rowHeight / 2 + fontSize * 0.35) })),
    columnLabels: columnLabels.map((label, j) => {
      const centre = labelWidth + j * colWidth + colWidth / 2;
      return slant
        ? { label, x: r1(centre - fontSize * 0.35), y: r1(top - 6), angle: -45 }
        : { label: fitText(label, colWidth - 4, fontSize), x: r1(centre), y: fontSize + 4 };
    }),
    cells,
  };
}
