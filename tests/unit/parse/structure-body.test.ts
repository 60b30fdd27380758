import { describe, expect, it } from 'vitest';
import { measureDepth } from '../../../scripts/lib/parse/measure-depth.ts';
import { splitRunIn } from '../../../scripts/lib/parse/split-run-in.ts';
import { structureBody, type BodyItem } from '../../../scripts/lib/parse/structure-body.ts';

const items = (...texts: string[]): BodyItem[] => texts.map((text, i) => ({ kind: 'para', text, line: i + 1 }));
const structure = (list: BodyItem[]) => structureBody(list, measureDepth(list.flatMap((it) => (it.kind === 'para' ? [it.text] : []))));

describe('splitRunIn', () => {
  it.each([
    ['激发市场主体活力。持续深化营商环境对标创新行动。', '激发市场主体活力。', '持续深化营商环境对标创新行动。'],
    ['工作举措。', '工作举措。', ''],
    ['总体要求', '总体要求', ''],
    ['在自贸先行区试点推行“住所登记申报承诺制”，实行“住改商”告知承诺，允许申请人通过自主承诺办理登记注册。', null, '在自贸先行区试点推行“住所登记申报承诺制”，实行“住改商”告知承诺，允许申请人通过自主承诺办理登记注册。'],
  ])('%s', (rest, title, body) => {
    expect(splitRunIn(rest)).toEqual({ title, body });
  });
});

describe('structureBody', () => {
  const body = structure(items(
    '为深化改革，制定本方案。',
    '一、重点任务',
    '（一）开办企业〔牵头部门（单位）：市市场监管局〕',
    '1.目标任务。放宽企业住所登记限制。',
    '2.工作举措。',
    '(1)在自贸先行区试点推行承诺制。（市市场监管局牵头，各区县政府负责）',
    '(2)加强宣传指导。',
    '这一段是第2项的第二段。',
    '(3)推广电子营业执照。',
    '市优化营商环境工作领导小组办公室要将本方案确定的改革任务作为年度考核的重要内容。',
  ));
  it('builds headings with run-in titles and lead notes', () => {
    const headings = body.blocks.filter((b) => b.type === 'heading');
    expect(headings.map((h) => [h.depth, h.label, h.title, h.note, h.leads])).toEqual([
      [1, '一、', '重点任务', null, []],
      [2, '（一）', '开办企业', '〔牵头部门（单位）：市市场监管局〕', ['市市场监管局']],
      [3, '1.', '目标任务。', null, []],
      [3, '2.', '工作举措。', null, []],
    ]);
    expect(body.blocks[4]).toMatchObject({ type: 'paragraph', text: '放宽企业住所登记限制。' });
  });
  it('makes measures of the measure-depth items, with paths and section leads', () => {
    expect(body.measures.map((m) => [m.label, m.text, m.path, m.sectionLeads])).toEqual([
      ['(1)', '在自贸先行区试点推行承诺制。（市市场监管局牵头，各区县政府负责）', ['一、重点任务', '（一）开办企业', '2.工作举措'], ['市市场监管局']],
      ['(2)', '加强宣传指导。\n这一段是第2项的第二段。', ['一、重点任务', '（一）开办企业', '2.工作举措'], ['市市场监管局']],
      ['(3)', '推广电子营业执照。', ['一、重点任务', '（一）开办企业', '2.工作举措'], ['市市场监管局']],
    ]);
  });
  it('keeps a closing paragraph about the document out of the last measure', () => {
    expect(body.blocks.at(-1)).toMatchObject({ type: 'paragraph', text: expect.stringMatching(/^市优化营商环境工作领导小组办公室/) });
  });
  it('puts marker lines after an item into the measure, and after a heading into a paragraph below it', () => {
    const b = structure(items('一、甲', '（一）优化审批', '牵头单位：市住建局', '1．推行区域评估。', '责任单位：市自然资源局', '完成时限：2022年6月底前', '2．实行联合验收。', '3．推进多图联审。'));
    expect(b.blocks.slice(0, 4).map((x) => x.type)).toEqual(['heading', 'heading', 'paragraph', 'measure']);
    expect(b.blocks[2]).toMatchObject({ text: '牵头单位：市住建局' });
    expect(b.measures[0]!.text).toBe('推行区域评估。\n责任单位：市自然资源局\n完成时限：2022年6月底前');
    expect(b.measures.map((m) => m.path)).toEqual([['一、甲', '（一）优化审批'], ['一、甲', '（一）优化审批'], ['一、甲', '（一）优化审批']]);
  });
  it('numbers heading depths from the outermost kind in use', () => {
    const b = structure(items('第一章 总则', '第一条 为优化营商环境，制定本措施。', '第二章 主要措施', '第二条 甲。', '第三条 乙。', '第四条 丙。'));
    expect(b.blocks.filter((x) => x.type === 'heading').map((h) => [h.depth, h.label, h.title])).toEqual([[1, '第一章', '总则'], [1, '第二章', '主要措施']]);
    expect(b.measures.map((m) => [m.label, m.path])).toEqual([['第二条', ['第二章主要措施']], ['第三条', ['第二章主要措施']], ['第四条', ['第二章主要措施']]]);
  });
});
