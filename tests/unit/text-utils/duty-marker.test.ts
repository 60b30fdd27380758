import { describe, expect, it } from 'vitest';
import { hasDutyMarker } from '../../../scripts/lib/text/duty-marker.ts';

describe('hasDutyMarker', () => {
  it.each([
    '1．推行企业开办一日办结。（牵头单位：市市场监管局；配合单位：市公安局；完成时限：2022年6月底前）',
    '压减办电时间。（责任单位：国网某供电公司、市发展改革委）',
    '推行告知承诺制。【责任单位：市住房城乡建设局】',
    '推行“一网通办”（市政务服务中心牵头，各县区配合，6月底前完成）',
    '优化纳税服务（市税务局负责）',
    '责任单位：市自然资源局',
    '完成时限：2023年12月底前',
    '时限要求：长期坚持',
    '时间节点：2024年6月',
  ])('finds a marker in %s', (text) => expect(hasDutyMarker(text)).toBe(true));

  it.each([
    '落实“三零”服务，对低压小微企业实行零上门、零审批、零投资。',
    '对符合条件的项目（含100万元）实行简易程序。',
    '以下简称小低项目（以下简称“小低”）',
    '各地各部门要落实主体责任，加强组织领导。',
  ])('finds none in %s', (text) => expect(hasDutyMarker(text)).toBe(false));
});
