import { describe, expect, it } from 'vitest';
import { heatmap, type HeatDatum } from '../../../src/lib/charts/heatmap.ts';
import { textWidth } from '../../../src/lib/charts/svg.ts';

const datum = (value: number): HeatDatum => ({ value, secondary: 0, href: '#', title: String(value) });
const data = (rows: number, columns: string[]) => ({
  rows: Array.from({ length: rows }, (_, i) => `方案${i}`),
  columns,
  values: Array.from({ length: rows }, (_, i) => columns.map((_, j) => datum(i + j))),
});

describe('heatmap with slanted column labels', () => {
  const columns = ['开办企业', '知识产权创造、保护和运用', '获得电力'];
  const g = heatmap(data(40, columns), { slant: true, minColumn: 46, rowHeight: 22 });

  it('keeps every column at the given width however many rows, and grows downwards', () => {
    const xs = [...new Set(g.cells.map((c) => c.x))];
    expect(xs).toHaveLength(3);
    expect(xs[1]! - xs[0]!).toBeCloseTo(46, 5);
    expect(g.cells.every((c) => c.width === 44 && c.height === 20)).toBe(true);
    expect(g.height).toBeGreaterThan(40 * 22);
    expect(g.width).toBeLessThan(500);
  });

  it('slants the labels at 45° from each column, cut to 150 px, all inside the canvas', () => {
    expect(g.columnLabels.map((l) => l.angle)).toEqual([-45, -45, -45]);
    expect(g.columnLabels[1]!.label).toMatch(/…$/);
    expect(textWidth(g.columnLabels[1]!.label, g.fontSize)).toBeLessThanOrEqual(150);
    const top = Math.min(...g.cells.map((c) => c.y));
    for (const l of g.columnLabels) {
      const run = textWidth(l.label, g.fontSize) * Math.SQRT1_2;
      expect(l.y).toBeLessThan(top);
      expect(l.y - run).toBeGreaterThanOrEqual(0);
      expect(l.x + run).toBeLessThanOrEqual(g.width);
    }
  });

  it('without slant, lays out as before: upright labels over columns that share the width', () => {
    const flat = heatmap(data(3, columns));
    expect(flat.columnLabels.every((l) => l.angle === undefined)).toBe(true);
    expect(flat.width).toBe(720);
  });
});
