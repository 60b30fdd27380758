import { describe, expect, it } from 'vitest';
import { dutyClauses, readDuty } from '../../../scripts/lib/text/read-duty.ts';

const read = (inner: string, firstUnitLeads = false) => readDuty(dutyClauses(inner), firstUnitLeads);

describe('dutyClauses', () => {
  it('splits at top-level separators and before every label, not inside brackets or quotes', () => {
    expect(dutyClauses('牵头单位：A  配合单位：B、“双随机，一公开”办  完成时限：2024年底')).toEqual([
      '牵头单位：A', '配合单位：B、“双随机，一公开”办', '完成时限：2024年底',
    ]);
    expect(dutyClauses('责任单位：各县（市，区）政府；完成时限：年底')).toEqual(['责任单位：各县（市，区）政府', '完成时限：年底']);
    expect(dutyClauses('完成时限：2022年底前完成清理，2023年全面推开；责任单位：A局')).toEqual(['完成时限：2022年底前完成清理，2023年全面推开', '责任单位：A局']);
  });
});

describe('readDuty', () => {
  it('reads 牵头 / 配合 / 完成时限 labels in one note', () => {
    expect(read('牵头单位：市发改委；配合单位：市自然资源局、市住建局；完成时限：2022年6月底前')).toEqual({
      leads: ['市发改委'], partners: ['市自然资源局', '市住建局'], deadlines: ['2022年6月底前'], leader: null,
    });
  });

  it('treats 责任单位 beside a 牵头单位 as partners (西安 layout)', () => {
    expect(read('牵头单位：市发改委；责任单位：市市场监管局、市财政局')).toMatchObject({ leads: ['市发改委'], partners: ['市市场监管局', '市财政局'] });
  });

  it('continues a labelled list after "，" and reads a trailing "6月底完成"', () => {
    expect(read('牵头单位：州审批局；责任单位：州司法局，各县市人民政府、经开区管委会，6月底完成')).toEqual({
      leads: ['州审批局'], partners: ['州司法局', '各县市人民政府', '经开区管委会'], deadlines: ['6月底完成'], leader: null,
    });
  });

  it('reads roles with a deadline clause', () => {
    expect(read('市政务服务中心牵头，各县区配合，6月底前完成')).toEqual({
      leads: ['市政务服务中心'], partners: ['各县区'], deadlines: ['6月底前完成'], leader: null,
    });
    expect(read('市工商质监局牵头负责')?.leads).toEqual(['市工商质监局']);
    expect(read('由市财政局牵头')?.leads).toEqual(['市财政局']);
  });

  it('makes all 责任单位 leads, or only the first under the first-unit rule', () => {
    expect(read('责任单位：A局、B局、C局')).toMatchObject({ leads: ['A局', 'B局', 'C局'], partners: [] });
    expect(read('责任单位：A局、B局、C局', true)).toMatchObject({ leads: ['A局'], partners: ['B局', 'C局'] });
    expect(read('A局、B局负责', true)).toMatchObject({ leads: ['A局'], partners: ['B局'] });
    expect(read('A局牵头，B局、C局负责', true)).toMatchObject({ leads: ['A局'], partners: ['B局', 'C局'] });
  });

  it('skips the rule clause itself and reads a leader', () => {
    expect(read('责任单位：A局、B局，第一责任单位为牵头单位，下同')).toMatchObject({ leads: ['A局', 'B局'] });
    expect(read('责任单位：A局、B局，第一单位为牵头单位，其他为配合单位', true)).toMatchObject({ leads: ['A局'], partners: ['B局'] });
    expect(read('牵头单位：A局；责任领导：张明')).toMatchObject({ leads: ['A局'], leader: '张明' });
    expect(read('牵头单位：A局；责任领导：张明，李华')).toMatchObject({ leads: ['A局'], leader: '张明、李华' });
  });

  it('reads a lead marked "（牵头）" in a list, and role words after a label', () => {
    expect(read('责任单位：市发改委（牵头）、市财政局、市税务局')).toMatchObject({ leads: ['市发改委'], partners: ['市财政局', '市税务局'] });
    expect(read('责任单位：市发改委牵头，市财政局配合')).toMatchObject({ leads: ['市发改委'], partners: ['市财政局'] });
    expect(read('责任单位：各县（市、区）人民政府，市直有关部门按职责分工负责')).toMatchObject({ leads: ['各县（市、区）人民政府', '市直有关部门'] });
  });

  it('rejects brackets that are no duty note', () => {
    for (const inner of ['含100万元', '以下简称小低项目', '试行', '2022年6月底前', '第一责任单位为牵头单位，下同']) expect(read(inner), inner).toBeNull();
  });
});
