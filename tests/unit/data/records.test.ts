import { describe, expect, it } from 'vitest';
import { MEASURE_COLUMNS, evidenceField, measureRecord } from '../../../src/lib/data/measure-record.ts';
import { TARGET_COLUMNS, targetRecords } from '../../../src/lib/data/target-records.ts';
import { toCsv } from '../../../src/lib/data/to-csv.ts';
import { METRICS } from '../../../src/lib/compare/taxonomy.ts';
import { PLANS, plan } from '../compare/seed-plans.ts';
import { parseCsv } from './parse-csv.ts';

const targets = targetRecords(PLANS, METRICS);

describe('targets.json records', () => {
  it('has one record per target of every measure and goal, with unique ids', () => {
    const count = PLANS.reduce((n, p) => n + p.measures.reduce((k, m) => k + m.targets.length, 0) + p.goals.reduce((k, g) => k + g.targets.length, 0), 0);
    expect(targets).toHaveLength(count);
    expect(new Set(targets.map((t) => t.id)).size).toBe(targets.length);
  });
  it('links a measure target to the measure and a goal target to its heading', () => {
    expect(targets.find((t) => t.id === 'wushan-2021-m6-t2')).toMatchObject({
      plan: 'wushan-2021', measure: 'wushan-2021-m6', url: '/plans/wushan-2021/#m6', metric: 'electricity-low-voltage-time', indicator: 'electricity', value: 8, unit: '工作日', comparator: 'lte', quote: '不超过8个工作日',
    });
    const goal = targets.find((t) => t.id === 'zigong-2021-s4-t1')!;
    expect(goal).toMatchObject({ measure: null, url: '/plans/zigong-2021/#s4', metric: 'starting-business-time', quote: '一日办结' });
  });
  it("uses the metric's indicator when there is a metric, else the measure's primary indicator", () => {
    for (const t of targets.filter((x) => x.metric)) expect(t.indicator).toBe(METRICS.find((m) => m.id === t.metric)!.indicator);
    const m = plan('ziyang-2021').measures.find((x) => x.id === 'ziyang-2021-m202')!;
    expect(targets.filter((t) => t.measure === m.id && !t.metric).every((t) => t.indicator === m.indicators[0])).toBe(true);
  });
});

describe('CSV twins', () => {
  it('targets.csv parses back to the JSON records field by field', () => {
    const csv = toCsv(TARGET_COLUMNS.map(([n]) => n), targets.map((r) => TARGET_COLUMNS.map(([, get]) => get(r))));
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual(['id', 'plan', 'measure', 'indicator', 'metric', 'subject', 'value', 'unit', 'comparator', 'from', 'quote', 'url']);
    expect(rows).toHaveLength(targets.length);
    expect(rows.map((r) => Number(r[6]))).toEqual(targets.map((t) => t.value));
    expect(rows.map((r) => r[10])).toEqual(targets.map((t) => t.quote));
  });
  it('measures.csv keeps multi-paragraph text and list fields intact', () => {
    const records = PLANS.flatMap((p) => p.measures.map((m) => measureRecord(p, m)));
    const csv = toCsv(MEASURE_COLUMNS.map(([n]) => n), records.map((r) => MEASURE_COLUMNS.map(([, get]) => get(r))));
    const [, ...rows] = parseCsv(csv);
    expect(rows.map((r) => r[4])).toEqual(records.map((r) => r.text));
    expect(records.some((r) => r.text.includes('\n'))).toBe(true);
    expect(rows.map((r) => r[10]!.split('|'))).toEqual(records.map((r) => r.indicators));
    expect(rows.map((r) => r[6])).toEqual(records.map((r) => r.partners.join('|')));
    expect(records.some((r) => r.partners.length > 1)).toBe(true);
  });
  it('writes evidence as indicator=标题:… or indicator=关键词:…', () => {
    expect(evidenceField([{ indicator: 'starting-business', kind: 'heading', heading: '（一）开办企业' }, { indicator: 'electricity', kind: 'keywords', keywords: ['用电', '办电'] }]))
      .toBe('starting-business=标题:（一）开办企业|electricity=关键词:用电、办电');
  });
});
