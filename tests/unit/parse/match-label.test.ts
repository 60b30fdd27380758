import { describe, expect, it } from 'vitest';
import { chineseNumber, matchLabel } from '../../../scripts/lib/parse/match-label.ts';

describe('matchLabel', () => {
  it.each([
    ['一、总体要求', 1, '一、', 1, '总体要求'],
    ['二十一、民营经济', 1, '二十一、', 21, '民营经济'],
    ['（一）激发市场主体活力。持续深化…', 2, '（一）', 1, '激发市场主体活力。持续深化…'],
    ['(三) 获得电力〔牵头部门（单位）：市发展改革委〕', 2, '(三)', 3, '获得电力〔牵头部门（单位）：市发展改革委〕'],
    ['（二十三）协同推进', 2, '（二十三）', 23, '协同推进'],
    ['1．优化开办企业服务。', 3, '1．', 1, '优化开办企业服务。'],
    ['2.工作举措。', 3, '2.', 2, '工作举措。'],
    ['45．提高执行效率。', 3, '45．', 45, '提高执行效率。'],
    ['(1) 在自贸先行区', 4, '(1)', 1, '在自贸先行区'],
    ['（6）实行“审核合一', 4, '（6）', 6, '实行“审核合一'],
    ['①市政务服务', 5, '①', 1, '市政务服务'],
  ])('%s', (text, depth, label, number, rest) => {
    expect(matchLabel(text)).toEqual({ depth, label, number, rest });
  });
  it.each(['5.5次', '4.26知识产权宣传周', '2021年，全市', '为深化“放管服”改革', '“一网通办”', ''])('%s is not a label', (text) => {
    expect(matchLabel(text)).toBeNull();
  });
  it('reads Chinese numerals up to 999', () => {
    expect([chineseNumber('十'), chineseNumber('十二'), chineseNumber('二十三'), chineseNumber('一百零五'), chineseNumber('abc')]).toEqual([10, 12, 23, 105, null]);
  });
});
