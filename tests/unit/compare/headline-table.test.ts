import { describe, expect, it } from 'vitest';
import { headlineRows, type HeadlineRow } from '../../../src/lib/compare/headline-table.ts';
import { metricCharts } from '../../../src/lib/compare/metric-charts.ts';
import { planShortName } from '../../../src/lib/compare/plan-items.ts';
import { targetPhrase } from '../../../src/lib/compare/target-words.ts';
import { metricsOf } from '../../../src/lib/compare/taxonomy.ts';
import { PLANS } from './seed-plans.ts';

const names = new Map(PLANS.map((p) => [p.slug, planShortName(p)]));
const row = (indicator: string, metric: string): HeadlineRow => headlineRows(PLANS, metricsOf(indicator)).find((r) => r.metric.id === metric)!;
const phrases = (r: HeadlineRow, slug: string) => r.cells.find((c) => c.slug === slug)!.values.map(targetPhrase);

describe('headline table on the real seeds', () => {
  it('puts 巫山 8 working days beside 自贡 8 working days for low-voltage connection', () => {
    const r = row('electricity', 'electricity-low-voltage-time');
    expect(phrases(r, 'wushan-2021')).toEqual(['不超过 8 工作日']);
    expect(phrases(r, 'zigong-2021')).toEqual(['压减至 8 工作日']);
    const wushan = r.cells.find((c) => c.slug === 'wushan-2021')!.values[0]!.statements;
    expect(wushan.map((s) => s.quote)).toEqual(['不超过8个工作日']);
    expect(wushan[0]!.sources).toEqual([{ name: '措施 6', url: '/plans/wushan-2021/#m6', domId: 'wushan-2021-m6' }]);
  });
  it('shows 资阳 4-hour start beside the 1-day starts, in its own unit', () => {
    const r = row('starting-business', 'starting-business-time');
    expect(phrases(r, 'ziyang-2021')).toEqual(['不超过 4 工作小时', '不超过 4 小时']);
    expect(phrases(r, 'sichuan-2021')).toEqual(['不超过 1 日']);
    expect(phrases(r, 'zigong-2021')).toEqual(['不超过 1 日']);
    expect(r.cells.find((c) => c.slug === 'ziyang-2021')!.values.map((v) => v.statements[0]!.sources[0]!.url)).toEqual(['/plans/ziyang-2021/#s3', '/plans/ziyang-2021/#m3']);
  });
  it('lists a value stated in a goal and again in a measure once, with both sources', () => {
    const sichuan = row('starting-business', 'starting-business-time').cells.find((c) => c.slug === 'sichuan-2021')!;
    expect(sichuan.values).toHaveLength(1);
    expect(sichuan.values[0]!.statements.map((s) => s.sources.map((x) => x.domId))).toEqual([['sichuan-2021-s9', 'sichuan-2021-m69']]);
    // Same value in other words (资阳's goal and measure 115): one value, two statements.
    const ziyang = row('paying-taxes', 'paying-taxes-export-refund-time').cells.find((c) => c.slug === 'ziyang-2021')!;
    expect(ziyang.values.map(targetPhrase)).toEqual(['压减至 7 工作日']);
    expect(ziyang.values[0]!.statements.map((s) => s.quote)).toEqual(['压缩至7个工作日内', '压缩出口退税时间至7个工作日内']);
  });
  it('has a cell for every plan in every row, empty where a plan sets nothing', () => {
    const r = row('electricity', 'electricity-low-voltage-time');
    expect(r.cells.map((c) => c.slug)).toEqual(PLANS.map((p) => p.slug));
    expect(r.cells.find((c) => c.slug === 'leshan-2023')!.values).toEqual([]);
  });
});

describe('metric charts', () => {
  it('charts a unit only when two plans use it, and never mixes units', () => {
    const { charts, uncharted } = metricCharts(row('starting-business', 'starting-business-time'), names);
    expect(charts.map((c) => [c.unit, c.bars.map((b) => b.label)])).toEqual([['日', ['四川省 2021', '自贡市 2021']]]);
    expect(uncharted.map((u) => `${u.slug} ${u.value.value} ${u.value.unit}`)).toEqual(['ziyang-2021 4 工作小时', 'ziyang-2021 4 小时']);
  });
  it('gives one bar per plan with a value for low-voltage connection', () => {
    const { charts } = metricCharts(row('electricity', 'electricity-low-voltage-time'), names);
    expect(charts).toHaveLength(1);
    expect(charts[0]!.bars.map((b) => [b.slug, b.value.value])).toEqual([['wushan-2021', 8], ['zigong-2021', 8]]);
  });
  it('names the subject on bars when a plan gives several values in one unit', () => {
    const { charts } = metricCharts(row('paying-taxes', 'paying-taxes-export-refund-time'), names);
    expect(charts[0]!.bars.map((b) => b.label)).toEqual(['乐山市 2023', '四川省 2021', '自贡市 2021', '资阳市 2021']);
  });
});
