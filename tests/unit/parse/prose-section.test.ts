import { describe, expect, it } from 'vitest';
import { matchItem } from '../../../scripts/lib/parse/match-label.ts';
import { framingItems, isProseTitle, isSafeguardTitle } from '../../../scripts/lib/parse/prose-section.ts';

describe('isProseTitle', () => {
  it.each(['总体要求', '指导思想', '主要目标', '实施步骤', '总则'])('%s frames the plan', (t) => {
    expect(isProseTitle(t)).toBe(true);
  });
  it.each(['保障措施', '加强组织保障', '加强优化营商环境实施保障', '工作要求。', '加强组织领导。各地各部门要…', '组织实施（市政府办公室牵头）'])('%s opens a safeguard section, not a framing one', (t) => {
    expect(isSafeguardTitle(t)).toBe(true);
    expect(isProseTitle(t)).toBe(false);
  });
  it.each(['强化民商事案件司法保障', '优化开办企业服务', '完善保障措施体系，健全企业诉求响应机制，推动各项政策落地见效', '目标任务。放宽企业住所登记'])('%s is a task', (t) => {
    expect(isProseTitle(t)).toBe(false);
  });
});

describe('framingItems', () => {
  const framing = (...texts: string[]) => framingItems(texts.map(matchItem));
  it('covers a framing section down to the next item of its rank, bullets and goals included', () => {
    expect(framing('一、总体要求', '（一）基本原则', '——坚持市场化。', '（二）主要目标', '1．到2022年，甲。', '二、重点任务', '（一）乙。'))
      .toEqual([true, true, true, true, true, false, false]);
  });
  it('needs the framing title to head a section', () => {
    const safeguard = (...texts: string[]) => framingItems(texts.map(matchItem), isSafeguardTitle);
    expect(safeguard('（一）甲。', '（二）加强组织领导。完善工作机制。', '（三）丙。', '四、保障措施', '（一）加强督查。')).toEqual([false, false, false, true, true]);
  });
});
