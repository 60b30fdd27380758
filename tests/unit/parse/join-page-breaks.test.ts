import { describe, expect, it } from 'vitest';
import { continuesAcrossBreak, joinPageBreaks } from '../../../scripts/lib/parse/join-page-breaks.ts';

const paras = (...texts: string[]) => texts.map((text, i) => ({ text, line: i * 2 + 1 }));

describe('joinPageBreaks', () => {
  it('joins a sentence cut mid-word by a page break (自贡 "…市" + "经济和信息化局…")', () => {
    const out = joinPageBreaks(paras('（国网自贡供电公司、市发展改革委、市', '经济和信息化局、市自然资源和规划局按职责分工负责)'));
    expect(out.paras.map((p) => p.text)).toEqual(['（国网自贡供电公司、市发展改革委、市经济和信息化局、市自然资源和规划局按职责分工负责)']);
    expect(out.joined).toBe(1);
  });
  it('joins "川渝" + "通办" when the first part is a long line', () => {
    expect(joinPageBreaks(paras('持续深化“川渝通办”，聚焦企业群众需求，推进川渝', '通办事项落地。')).paras).toHaveLength(1);
  });
  it('re-attaches a stranded lead note "（市法院负责）"', () => {
    expect(joinPageBreaks(paras('完善破产管理人分级管理举措和绩效考评制度。', '（市法院负责）')).paras.map((p) => p.text))
      .toEqual(['完善破产管理人分级管理举措和绩效考评制度。（市法院负责）']);
  });
  it('keeps paragraphs that end a sentence, headings and labelled items apart', () => {
    expect(joinPageBreaks(paras('一、总体要求', '以习近平新时代中国特色社会主义思想为指导。')).paras).toHaveLength(2);
    expect(joinPageBreaks(paras('制定本方案。', '一、总体要求')).paras).toHaveLength(2);
    expect(joinPageBreaks(paras('市级相关部门（单位）：', '经市政府同意，现将…')).paras).toHaveLength(2);
    expect(joinPageBreaks(paras('这一段很长很长很长很长很长很长很长很长很长很长没有句号', '(2) 下一项')).paras).toHaveLength(2);
  });
  it('a semicolon does not end a paragraph (自贡 "…35.3% 以上；" + "公路水路建设完成投资 35 亿元。")', () => {
    expect(continuesAcrossBreak('全市森林覆盖率保持在35.3%以上；', '公路水路建设完成投资35亿元。')).toBe(true);
  });
  it('short unpunctuated lines are not joined (titles, 附件)', () => {
    expect(continuesAcrossBreak('附件', '资阳市创建一流营商环境重点举措清单')).toBe(false);
    expect(continuesAcrossBreak('二、营商环境指标提升重点任务', '（一）开办企业')).toBe(false);
  });
});
