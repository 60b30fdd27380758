import { describe, expect, it } from 'vitest';
import { bucketKey, bucketTitle, deadlineBuckets } from '../../../src/lib/compare/deadline-buckets.ts';
import { leadCounts, unitKey } from '../../../src/lib/compare/lead-counts.ts';
import type { Measure } from '../../../src/model/schema.ts';
import { PLANS, plan } from './seed-plans.ts';

const m = (deadline: Measure['deadline']) => ({ deadline }) as Measure;

describe('deadline buckets', () => {
  it('puts a dated deadline in its month of the plan year, other years and open-ended apart', () => {
    expect(bucketKey(m({ raw: '6月底前', date: '2021-06-30' }), 2021)).toBe('06');
    expect(bucketKey(m({ raw: '2022年底前', date: '2022-12-31' }), 2021)).toBe('other');
    expect(bucketKey(m({ raw: '持续推进', date: null }), 2021)).toBe('open');
    expect(bucketKey(m(null), 2021)).toBe('none');
    expect(bucketTitle('06', 2021)).toBe('2021年6月');
  });
  it('counts every measure of every seed exactly once', () => {
    for (const p of PLANS) expect([...deadlineBuckets(p).values()].reduce((n, ms) => n + ms.length, 0)).toBe(p.measures.length);
  });
  it('matches the seeds: 四川 152 measures due in December, 22 open-ended', () => {
    const b = deadlineBuckets(plan('sichuan-2021'));
    expect(b.get('12')).toHaveLength(152);
    expect(b.get('open')).toHaveLength(22);
  });
});

describe('lead counts', () => {
  it('folds full- and half-width brackets and spaces into one unit', () => {
    expect(unitKey('各县（区）人民政府')).toBe(unitKey('各县(区)人民政府'));
    expect(unitKey('市 税务局')).toBe('市税务局');
  });
  it('counts 资阳 各县(区)人民政府 once across both spellings', () => {
    const counts = leadCounts(plan('ziyang-2021'));
    const county = counts.filter((c) => c.key === unitKey('各县(区)人民政府'));
    expect(county).toHaveLength(1);
    const either = plan('ziyang-2021').measures.filter((x) => x.leads.some((l) => unitKey(l) === county[0]!.key));
    expect(county[0]!.measures).toEqual(either);
  });
  it('sorts by count, most first', () => {
    const counts = leadCounts(plan('sichuan-2021'));
    expect(counts[0]).toMatchObject({ unit: '省市场监管局' });
    expect(counts[0]!.measures).toHaveLength(42);
    for (let i = 1; i < counts.length; i++) expect(counts[i - 1]!.measures.length).toBeGreaterThanOrEqual(counts[i]!.measures.length);
  });
  it('has nothing for a plan that names no lead (乐山)', () => {
    expect(leadCounts(plan('leshan-2023'))).toEqual([]);
  });
});
