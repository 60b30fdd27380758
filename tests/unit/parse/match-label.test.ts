import { describe, expect, it } from 'vitest';
import { LABEL_KINDS } from '../../../scripts/lib/parse/label-kinds.ts';
import { chineseNumber, matchItem, matchLabel } from '../../../scripts/lib/parse/match-label.ts';

describe('LABEL_KINDS', () => {
  it.each(LABEL_KINDS.map((k) => [k.kind, k.example]))('%s matches its example "%s"', (kind, example) => {
    expect(matchItem(example)?.kind).toBe(kind);
  });
  it('lists kinds outermost first, ranks unique', () => {
    const ranks = LABEL_KINDS.map((k) => k.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks).size).toBe(ranks.length);
  });
});

describe('matchLabel', () => {
  it.each([
    ['一、总体要求', 'cn-comma', '一、', 1, '总体要求'],
    ['二十一、民营经济', 'cn-comma', '二十一、', 21, '民营经济'],
    ['（一）激发市场主体活力。持续深化…', 'cn-paren', '（一）', 1, '激发市场主体活力。持续深化…'],
    ['(三) 获得电力〔牵头部门（单位）：市发展改革委〕', 'cn-paren', '(三)', 3, '获得电力〔牵头部门（单位）：市发展改革委〕'],
    ['（ 一 ）优化开办', 'cn-paren', '（ 一 ）', 1, '优化开办'],
    ['（二十三）协同推进', 'cn-paren', '（二十三）', 23, '协同推进'],
    ['1．优化开办企业服务。', 'arabic-dot', '1．', 1, '优化开办企业服务。'],
    ['2.工作举措。', 'arabic-dot', '2.', 2, '工作举措。'],
    ['3、推行“一网通办”', 'arabic-dot', '3、', 3, '推行“一网通办”'],
    ['4 、压减时间', 'arabic-dot', '4 、', 4, '压减时间'],
    ['１２．全角数字', 'arabic-dot', '１２．', 12, '全角数字'],
    ['16．2021年底前完成', 'arabic-dot', '16．', 16, '2021年底前完成'],
    ['45．提高执行效率。', 'arabic-dot', '45．', 45, '提高执行效率。'],
    ['(1) 在自贸先行区', 'arabic-paren', '(1)', 1, '在自贸先行区'],
    ['（6）实行“审核合一', 'arabic-paren', '（6）', 6, '实行“审核合一'],
    ['1)推行全程网办', 'arabic-half-paren', '1)', 1, '推行全程网办'],
    ['2）简化流程', 'arabic-half-paren', '2）', 2, '简化流程'],
    ['①市政务服务', 'circled', '①', 1, '市政务服务'],
    ['第十二条 降低融资成本。', 'article', '第十二条', 12, '降低融资成本。'],
    ['第二章 主要措施', 'chapter', '第二章', 2, '主要措施'],
  ])('%s', (text, kind, label, number, rest) => {
    expect(matchLabel(text)).toMatchObject({ kind, label, number, rest });
  });
  it.each([
    '5.5次', '4.26知识产权宣传周', '1.5倍以上', '2021.6起', '10%以上的纳税人', '12345热线受理', '2021、2022年连续',
    '1、2月份完成', '2021年，全市', '为深化“放管服”改革', '“一网通办”', '一是推行全程网办，二是压减材料', '',
  ])('%s is not a label', (text) => {
    expect(matchLabel(text)).toBeNull();
  });
  it('takes "——" bullets as items but not as numbered labels', () => {
    expect(matchItem('——坚持市场化原则。')).toMatchObject({ kind: 'dash', label: '——', number: 0, rest: '坚持市场化原则。' });
    expect(matchLabel('——坚持市场化原则。')).toBeNull();
    expect([matchItem('---'), matchItem('————————'), matchItem('——')]).toEqual([null, null, null]);
  });
  it('reads Chinese numerals up to 999', () => {
    expect([chineseNumber('十'), chineseNumber('十二'), chineseNumber('二十三'), chineseNumber('一百零五'), chineseNumber('abc')]).toEqual([10, 12, 23, 105, null]);
  });
});
