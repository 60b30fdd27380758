import { describe, expect, it } from 'vitest';
import { frontier, planStanding } from '../../../src/lib/compare/frontier.ts';
import { planDiff } from '../../../src/lib/compare/plan-diff.ts';
import type { TargetRecord } from '../../../src/lib/data/target-records.ts';
import type { PlanRecord } from '../../../src/lib/data/plan-record.ts';
import { longestShared, practiceGroups } from '../../../src/lib/similar/practice-groups.ts';
import type { Metric } from '../../../src/model/compare.ts';
import type { Plan } from '../../../src/model/schema.ts';

const metric = (id: string, better: 'lower' | 'higher') => ({ id, indicator: 'starting-business', zh: id, en: id, unitFamily: 'time', better, patterns: [], guards: [] }) as unknown as Metric;
const rec = (plan: string, value: number, unit: string, comparator: TargetRecord['comparator'], m = 't'): TargetRecord =>
  ({ id: `${plan}-m1-t1`, plan, measure: `${plan}-m1`, indicator: 'starting-business', metric: m, subject: '开办企业', value, unit, comparator, from: null, quote: `${value}${unit}`, url: `/plans/${plan}/#m1` });
const plan = (slug: string, issueDate: string) => ({ slug, meta: { year: 2021, issueDate }, measures: [] }) as unknown as Plan;

describe('frontier', () => {
  const plans = [plan('a', '2021-03-01'), plan('b', '2021-02-01'), plan('c', '2021-01-01')];
  it('takes the lowest value for a lower-is-better metric, per unit, never converting', () => {
    const f = frontier([rec('a', 3, '工作日', 'lte'), rec('b', 1, '工作日', 'lte'), rec('c', 4, '小时', 'lte'), rec('a', 2, '工作日', 'gte')], [metric('t', 'lower')], plans);
    expect(f.map((e) => [e.unit, e.best.plan, e.best.value, e.plans.map((p) => [p.plan, p.gap])])).toEqual([
      ['工作日', 'b', 1, [['b', 0], ['a', 2]]], ['小时', 'c', 4, [['c', 0]]],
    ]);
  });
  it('takes the highest for higher-is-better and gives ties to the earlier plan', () => {
    const f = frontier([rec('a', 90, '%', 'gte'), rec('b', 90, '%', null), rec('c', 80, '%', 'gte')], [metric('t', 'higher')], plans);
    expect(f[0]!.best.plan).toBe('b');
    expect(planStanding(f, 'a')[0]).toMatchObject({ leads: true });
    expect(planStanding(f, 'c')[0]).toMatchObject({ leads: false, own: { gap: 10 } });
  });
  it('leaves out a metric only one plan sets', () => {
    expect(frontier([rec('a', 3, '工作日', 'lte')], [metric('t', 'lower')], plans)).toEqual([]);
  });
});

describe('practice groups', () => {
  const m = (id: string, plan: string, text: string) => ({ id, plan, planName: plan, url: `/${id}`, name: id, text });
  const members = [m('a1', 'A', '推动“一照多址”改革'), m('b1', 'B', '统筹推进“一照多址”试点'), m('b2', 'B', '扩大简易注销范围，推动“一照多址”'), m('c1', 'C', '一照多址在文中提到')];
  it('groups measures naming one practice that the build found similar, not passing mentions', () => {
    const similar = (id: string) => ({ a1: [{ id: 'b1', score: 0.7 }], b1: [{ id: 'a1', score: 0.7 }] } as Record<string, { id: string; score: number }[]>)[id] ?? [];
    expect(practiceGroups(members, similar).map((g) => [g.label, g.members.map((x) => x.id), g.plans])).toEqual([['一照多址', ['a1', 'b1'], 2]]);
  });
  it('names near-copies without a practice name by their longest shared wording', () => {
    const copies = [m('x', 'A', '优化水电气报装流程，实现全程网办'), m('y', 'B', '优化水电气报装流程，实现全程网办')];
    expect(practiceGroups(copies, (id) => [{ id: id === 'x' ? 'y' : 'x', score: 1 }])[0]!.label).toBe('优化水电气报装流程');
    expect(longestShared('推进川渝通办事项', '深化川渝通办')).toBe('川渝通办');
  });
});

describe('plan against plan', () => {
  const pm = (id: string, n: number, indicator: string, similar: { id: string; score: number }[] = []) => ({ id, n, url: `/${id}`, excerpt: id, indicators: [indicator], targets: [], similar });
  const rec2 = (slug: string, measures: ReturnType<typeof pm>[]): PlanRecord => ({ slug, title: slug, name: slug, region: slug, province: 'p', year: 2021, url: `/${slug}/`, measures });
  it('pairs similar measures one to one under their primary indicator and lists the rest', () => {
    const a = rec2('a', [pm('a-m1', 1, 'x', [{ id: 'b-m1', score: 0.9 }, { id: 'b-m2', score: 0.6 }]), pm('a-m2', 2, 'x', [{ id: 'b-m1', score: 0.7 }]), pm('a-m3', 3, 'y')]);
    const b = rec2('b', [pm('b-m1', 1, 'x'), pm('b-m2', 2, 'x')]);
    const d = planDiff(a, b, ['x', 'y', 'z']);
    expect(d.map((x) => x.indicator)).toEqual(['x', 'y']);
    expect(d[0]!.pairs.map((p) => [p.a.id, p.b.id])).toEqual([['a-m1', 'b-m1']]);
    expect(d[0]!.onlyA.map((x) => x.id)).toEqual(['a-m2']);
    expect(d[0]!.onlyB.map((x) => x.id)).toEqual(['b-m2']);
    expect([d[1]!.countA, d[1]!.countB]).toEqual([1, 0]);
  });
});
