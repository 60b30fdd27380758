import { describe, expect, it } from 'vitest';
import { ANY_LABEL, DUTY_LABELS, matchDutyLabel } from '../../../scripts/lib/text/duty-labels.ts';

describe('matchDutyLabel', () => {
  it.each([
    ['牵头单位：市发展改革委', 'lead', '市发展改革委'],
    ['牵头部门（单位）：市市场监管局', 'lead', '市市场监管局'],
    ['主责单位:市税务局', 'lead', '市税务局'],
    ['牵头处室：政策法规处', 'lead', '政策法规处'],
    ['牵头负责单位：市数据局', 'lead', '市数据局'],
    ['配合处室：办公室', 'partner', '办公室'],
    ['责任领导：张明', 'leader', '张明'],
    ['牵头领导: 李华', 'leader', '李华'],
    ['责任单位：市自然资源局、市住建局', 'duty', '市自然资源局、市住建局'],
    ['责任部门：市财政局', 'duty', '市财政局'],
    ['实施单位：各县（市、区）政府', 'duty', '各县（市、区）政府'],
    ['配合单位：市公安局', 'partner', '市公安局'],
    ['协办单位：市人社局', 'partner', '市人社局'],
    ['参与部门：市商务局', 'partner', '市商务局'],
    ['完成时限：2022年6月底前', 'deadline', '2022年6月底前'],
    ['完成时间：2022年12月', 'deadline', '2022年12月'],
    ['时限要求：长期坚持', 'deadline', '长期坚持'],
    ['时间节点：2024年6月', 'deadline', '2024年6月'],
  ])('%s → %s', (clause, role, value) => expect(matchDutyLabel(clause)).toEqual({ role, value }));

  it('needs the label at the start and a colon after it', () => {
    expect(matchDutyLabel('明确责任单位，压实责任')).toBeNull();
    expect(matchDutyLabel('市发展改革委牵头')).toBeNull();
    expect(matchDutyLabel('责任单位')).toBeNull();
  });

  it('finds every label on a line whose spaces were dropped', () => {
    const line = '牵头单位：市税务局配合单位：市财政局完成时限：2024年底';
    expect([...line.matchAll(ANY_LABEL)].map((m) => m.index)).toEqual([0, 9, 18]);
  });

  it('lists each layout once', () => {
    expect(new Set(DUTY_LABELS.map((l) => l.pattern)).size).toBe(DUTY_LABELS.length);
  });
});
