import { describe, expect, it } from 'vitest';
import { findNotice } from '../../../scripts/lib/parse/find-notice.ts';
import { findPlanTitle } from '../../../scripts/lib/parse/find-plan-title.ts';

const units = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

describe('findNotice + findPlanTitle', () => {
  it('四川 layout: issuer and two-line title, 文号 after the title', () => {
    const u = units('四川省人民政府办公厅', '关于印发四川省深化“放管服”改革', '优化营商环境2021年工作要点的通知', '川办发〔2021〕17 号',
      '各市(州)人民政府,省政府各部门、各直属机构,有关单位:', '《四川省深化“放管服”改革优化营商环境2021年工作要点》已经省政府同意,现印发给你们,请结合实际认真组织实施。',
      '四川省人民政府办公厅', '2021年3月30日', '四川省深化“放管服”改革优化营商环境2021年工作要点', '2021年,全省深化…');
    const n = findNotice(u)!;
    expect(n).toMatchObject({ docNumber: '川办发〔2021〕17号', issuer: '四川省人民政府办公厅', date: '2021-03-30', end: 8,
      title: '关于印发四川省深化“放管服”改革优化营商环境2021年工作要点的通知', planName: '四川省深化“放管服”改革优化营商环境2021年工作要点' });
    expect(n.paras.map((p) => p.role)).toEqual(['notice', 'notice', 'notice', 'notice', 'notice', 'signature', 'signature']);
    expect(findPlanTitle(u, n.end, n.planName)).toEqual({ title: '四川省深化“放管服”改革优化营商环境2021年工作要点', line: 9, end: 9 });
  });
  it('巫山 layout: title over two paragraphs, "（此件公开发布）" after the date', () => {
    const u = units('巫山府办发〔2021〕66号', '巫山县人民政府办公室', '关于印发巫山县2021年深化“放管服”改革', '优化营商环境实施方案的通知',
      '各乡镇人民政府、街道办事处，县政府各部门，有关单位：', '《巫山县2021年深化“放管服”改革优化营商环境实施方案》已经县政府同意，现印发给你们，请认真贯彻落实。',
      '巫山县人民政府办公室', '2021年7月30日', '（此件公开发布）', '巫山县2021年深化“放管服”改革', '优化营商环境实施方案', '为深入贯彻落实《优化营商环境条例》，…');
    const n = findNotice(u)!;
    expect(n.end).toBe(9);
    expect(n.paras.at(-1)).toMatchObject({ text: '（此件公开发布）', role: 'signature' });
    expect(findPlanTitle(u, n.end, n.planName)).toMatchObject({ title: '巫山县2021年深化“放管服”改革优化营商环境实施方案', end: 11 });
  });
  it('no notice (自贡): the first line is the title', () => {
    const u = units('自贡市2021年营商环境指标提升工作方案', '为深化“放管服”改革，优化营商环境，…制定本方案。', '一、总体要求');
    expect(findNotice(u)).toBeNull();
    expect(findPlanTitle(u, 0, null)).toEqual({ title: '自贡市2021年营商环境指标提升工作方案', line: 1, end: 1 });
  });
  it('a leading 文号 without a notice is kept as such', () => {
    const n = findNotice(units('川办发〔2021〕17号', '某某方案', '一、总体'))!;
    expect(n).toMatchObject({ docNumber: '川办发〔2021〕17号', end: 1, title: null });
  });
  it('a text opening with running prose has no title', () => {
    expect(findPlanTitle(units('这是一段没有任何编号的文字。'), 0, null).title).toBeNull();
  });
});
