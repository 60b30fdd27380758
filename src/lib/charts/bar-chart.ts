/**
 * Geometry of a horizontal bar chart (bars start at zero, so lengths compare honestly). Labels
 * sit left of the bars, values right of them; pure, so the SVG is the same on every build.
 */
import { max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { formatNumber } from '../compare/target-words.ts';
import { fitText, r1, textWidth } from './svg.ts';

/** One bar to draw. */
export interface BarDatum {
  /** Label left of the bar (plan or unit name). */
  label: string;
  value: number;
  /** Text right of the bar, e.g. "8 工作日". */
  valueLabel: string;
  /** Where the bar links. */
  href: string;
  /** Tooltip: the full label and what the value says. */
  title: string;
  /** Plan slug the bar belongs to (lets the page dim bars of hidden plans). */
  group?: string;
}

/** Layout options (px). */
export interface BarChartOptions {
  width?: number;
  fontSize?: number;
  rowHeight?: number;
  /** Longest label column; longer labels are cut with "…" (the tooltip keeps them whole). */
  maxLabelWidth?: number;
}

/** A bar placed on the canvas. */
export interface PlacedBar extends BarDatum {
  /** The label as drawn (maybe cut). */
  shownLabel: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Baseline of the label and value texts. */
  textY: number;
  labelX: number;
  valueX: number;
}

/** Everything the renderer needs. */
export interface BarChartGeometry {
  width: number;
  height: number;
  fontSize: number;
  plotLeft: number;
  plotRight: number;
  bars: PlacedBar[];
  /** Grid lines and their labels along the bottom axis. */
  ticks: { x: number; label: string }[];
  axisY: number;
}

/** Places bars top to bottom in the given order. */
export function barChart(data: BarDatum[], opts: BarChartOptions = {}): BarChartGeometry {
  const { width = 440, fontSize = 13, rowHeight = 30, maxLabelWidth = 170 } = opts;
  const labelWidth = Math.min(maxLabelWidth, max(data, (d) => textWidth(d.label, fontSize)) ?? 0);
  const valueRoom = (max(data, (d) => textWidth(d.valueLabel, fontSize)) ?? 0) + 10;
  const plotLeft = r1(labelWidth + 10);
  const plotRight = r1(width - valueRoom);
  const top = 6;
  const axisY = top + data.length * rowHeight;
  const x = scaleLinear().domain([0, max(data, (d) => d.value) || 1]).nice().range([plotLeft, plotRight]);
  const y = scaleBand<number>().domain(data.map((_, i) => i)).range([top, axisY]).paddingInner(0.3).paddingOuter(0.15);
  const bars = data.map((d, i) => {
    const by = y(i)!;
    const bw = Math.max(1, x(d.value) - plotLeft);
    return {
      ...d, shownLabel: fitText(d.label, maxLabelWidth, fontSize),
      x: plotLeft, y: r1(by), width: r1(bw), height: r1(y.bandwidth()),
      textY: r1(by + y.bandwidth() / 2 + fontSize * 0.35), labelX: r1(plotLeft - 8), valueX: r1(plotLeft + bw + 5),
    };
  });
  const ticks = x.ticks(4).map((t) => ({ x: r1(x(t)), label: formatNumber(t) }));
  return { width, height: axisY + fontSize + 10, fontSize, plotLeft, plotRight, bars, ticks, axisY };
}
