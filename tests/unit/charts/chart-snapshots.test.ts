import { describe, expect, it } from 'vitest';
import { deadlineBuckets } from '../../../src/lib/compare/deadline-buckets.ts';
import { deadlineTimelineSvg } from '../../../src/lib/compare/deadline-timeline-svg.ts';
import { headlineRows } from '../../../src/lib/compare/headline-table.ts';
import { indicatorMatrix } from '../../../src/lib/compare/indicator-matrix.ts';
import { leadChartSvg } from '../../../src/lib/compare/lead-chart-svg.ts';
import { leadCounts } from '../../../src/lib/compare/lead-counts.ts';
import { matrixHeatmapSvg } from '../../../src/lib/compare/matrix-heatmap-svg.ts';
import { metricChartSvgs } from '../../../src/lib/compare/metric-chart-svgs.ts';
import { planShortName } from '../../../src/lib/compare/plan-items.ts';
import { INDICATORS, metricsOf } from '../../../src/lib/compare/taxonomy.ts';
import { PLANS, plan } from '../compare/seed-plans.ts';

// Golden SVGs of every chart type, drawn from the real seeds exactly as the pages draw them.
// Review a diff by opening the .svg files; accept with `npx vitest run -u`.
const names = new Map(PLANS.map((p) => [p.slug, planShortName(p)]));
/** 15 plans, more than fit across: the seeds three times over, each copy under its own slug and year. */
const MANY = [2031, 2032, 2033].flatMap((year) => PLANS.map((p) => ({ ...p, slug: `${p.slug}-${year}`, meta: { ...p.meta, year } })));
const charts = {
  'heatmap-indicator-matrix': () => matrixHeatmapSvg(PLANS, indicatorMatrix(PLANS, INDICATORS), 'matrix-table'),
  'heatmap-indicator-matrix-plan-rows': () => matrixHeatmapSvg(MANY, indicatorMatrix(MANY, INDICATORS), 'matrix-table'),
  'timeline-deadlines': () => deadlineTimelineSvg(PLANS.map((p) => ({ plan: p, buckets: deadlineBuckets(p) })), 'deadline-table'),
  'bars-electricity-low-voltage': () => metricChartSvgs(headlineRows(PLANS, metricsOf('electricity')), names, '获得电力', 'headline-table')[0]!.svg,
  'bars-leads-sichuan-2021': () => leadChartSvg(plan('sichuan-2021'), leadCounts(plan('sichuan-2021')), 10, 'lead-table-sichuan-2021')!,
};

describe('chart SVG snapshots (real seeds)', () => {
  for (const [name, draw] of Object.entries(charts)) {
    it(name, async () => {
      const svg = draw();
      expect(svg).toBe(draw());
      // Coordinates are rounded to 0.1 so that the output is stable across machines.
      expect(svg.match(/="-?\d+\.\d{2,}"/g) ?? []).toEqual([]);
      expect(svg).not.toMatch(/NaN|undefined|Infinity/);
      // One element per line so that a diff is reviewable (the page gets the same markup without the breaks).
      await expect(`${svg.replace(/></g, '>\n<')}\n`).toMatchFileSnapshot(`__snapshots__/${name}.svg`);
    });
  }
});
