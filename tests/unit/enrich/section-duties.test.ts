import { describe, expect, it } from 'vitest';
import { planStatesFirstUnitLeads, sectionDuties } from '../../../scripts/lib/enrich/section-duties.ts';
import type { BodyDraft } from '../../../scripts/lib/parse/structure-body.ts';

const heading = (depth: number, title: string, leads: string[] = []): BodyDraft['blocks'][number] =>
  ({ type: 'heading', id: `s${title}`, depth, label: null, title, note: null, leads, line: 1 });
const para = (text: string): BodyDraft['blocks'][number] => ({ type: 'paragraph', text, role: 'body', line: 1 });
const measure = (n: number): BodyDraft['blocks'][number] => ({ type: 'measure', n });

describe('sectionDuties', () => {
  const blocks = [
    para('为优化营商环境，制定本方案。'),
    heading(1, '一、优化开办企业服务'), para('责任单位：区市场监管局、区税务局'), measure(1), measure(2),
    heading(1, '二、提升获得电力水平'), para('牵头单位：区供电公司'), para('配合单位：区住建局'), measure(3),
    heading(2, '（一）压缩办电时间'), measure(4),
    heading(1, '三、优化纳税服务'), para('推行非接触式办税。'), para('责任单位：区税务局'), measure(5),
    heading(1, '四、保护中小投资者', ['区金融办']), measure(6),
    heading(1, '五、优化法治环境'), measure(7), para('责任单位：区司法局'), measure(8),
  ];

  it('gives the measures under a heading the units of the marker lines right below it', () => {
    const d = sectionDuties(blocks, false);
    expect(d.get(1)).toEqual({ leads: ['区市场监管局', '区税务局'], partners: [] });
    expect(d.get(2)).toEqual(d.get(1));
    expect(d.get(3)).toEqual({ leads: ['区供电公司'], partners: ['区住建局'] });
    expect(d.get(4)).toEqual(d.get(3)); // inherited from the parent heading
    expect(d.get(5)).toEqual({ leads: ['区税务局'], partners: [] }); // after a body paragraph, still before the first measure
    expect(d.get(6)).toEqual({ leads: ['区金融办'], partners: [] }); // 〔牵头部门：…〕 on the heading
    expect(d.get(7)).toBeUndefined();
    expect(d.get(8)).toBeUndefined(); // a marker after a measure is not the section's
  });

  it('reads the partners of a heading note', () => {
    const h = { ...heading(1, '一、提升获得电力水平', ['区供电公司']), note: '（区供电公司牵头，区住建局配合）' } as BodyDraft['blocks'][number];
    expect(sectionDuties([h, measure(1)], false).get(1)).toEqual({ leads: ['区供电公司'], partners: ['区住建局'] });
  });

  it('keeps the lead of a heading note when the marker line under it names partners only', () => {
    const h = { ...heading(1, '一、提升获得电力水平', ['区供电公司']), note: '（牵头单位：区供电公司）' } as BodyDraft['blocks'][number];
    expect(sectionDuties([h, para('配合单位：区住建局'), measure(1)], false).get(1)).toEqual({ leads: ['区供电公司'], partners: ['区住建局'] });
  });

  it('applies the first-unit rule to section lists', () => {
    expect(sectionDuties(blocks, true).get(1)).toEqual({ leads: ['区市场监管局'], partners: ['区税务局'] });
  });

  it('finds the first-unit rule in a paragraph, a heading or a measure', () => {
    expect(planStatesFirstUnitLeads([para('现提出以下措施（第一责任单位为牵头单位，下同）。')], [])).toBe(true);
    expect(planStatesFirstUnitLeads([heading(1, '一、优化服务（排在第一位的为牵头单位）')], [])).toBe(true);
    expect(planStatesFirstUnitLeads(blocks, [])).toBe(false);
  });
});
