import { describe, expect, it } from 'vitest';
import { extractMarkerLines } from '../../../scripts/lib/text/extract-marker-lines.ts';

describe('extractMarkerLines', () => {
  it('reads marker lines after the text', () => {
    const text = '优化审批。推行容缺受理。\n牵头单位：市发展改革委\n责任单位：市自然资源局，各县（市、区）政府\n完成时限：2024年6月底前';
    expect(extractMarkerLines(text)).toEqual({
      leads: ['市发展改革委'], partners: ['市自然资源局', '各县（市、区）政府'], deadlines: ['2024年6月底前'], leader: null,
      markers: ['牵头单位：市发展改革委', '责任单位：市自然资源局，各县（市、区）政府', '完成时限：2024年6月底前'],
    });
  });

  it('reads several labels on one line, with or without spaces between', () => {
    for (const line of ['牵头单位：市税务局  配合单位：市财政局  完成时限：2024年底', '牵头单位：市税务局配合单位：市财政局完成时限：2024年底']) {
      expect(extractMarkerLines(`优化纳税服务。\n${line}`)).toMatchObject({ leads: ['市税务局'], partners: ['市财政局'], deadlines: ['2024年底'] });
    }
  });

  it('reads a marker after the sentence on the same line, and a bracketed line', () => {
    expect(extractMarkerLines('推行一日办结。牵头单位：市市场监管局；完成时限：2022年6月底前')).toMatchObject({
      leads: ['市市场监管局'], deadlines: ['2022年6月底前'], markers: ['牵头单位：市市场监管局；完成时限：2022年6月底前'],
    });
    expect(extractMarkerLines('推行一日办结。\n（责任单位：市市场监管局；完成时限：2023年底）')).toMatchObject({ leads: ['市市场监管局'], deadlines: ['2023年底'] });
    expect(extractMarkerLines('推行一日办结。\n责任单位：人行某某中心支行(省外汇局)')?.leads).toEqual(['人行某某中心支行(省外汇局)']);
  });

  it('drops a line that does not read as duties, keeping the others', () => {
    expect(extractMarkerLines('推行一日办结。\n责任单位：市市场监管局\n。牵头单位：A局，B局负责，具体事项见附件')).toMatchObject({
      leads: ['市市场监管局'], markers: ['责任单位：市市场监管局'],
    });
  });

  it('ignores labels inside a sentence or inside a note', () => {
    expect(extractMarkerLines('要明确责任单位：逐项落实。')).toBeNull();
    expect(extractMarkerLines('推行一日办结。（牵头单位：市市场监管局；配合单位：市公安局）')).toBeNull();
    expect(extractMarkerLines('推行一日办结。')).toBeNull();
  });
});
