import { describe, expect, it } from 'vitest';
import { extractSectionLeads } from '../../../scripts/lib/text/extract-section-leads.ts';

describe('extractSectionLeads', () => {
  it('reads a 〔牵头部门（单位）：…〕 note (自贡)', () => {
    expect(extractSectionLeads('开办企业〔牵头部门（单位）：市市场监管局〕')).toEqual({
      title: '开办企业',
      note: '〔牵头部门（单位）：市市场监管局〕',
      leads: ['市市场监管局'],
    });
  });

  it('reads half-width brackets, a space after the colon and two leads (自贡)', () => {
    expect(extractSectionLeads('保护中小投资者〔牵头部门(单位): 市经济和信息化局、市金融工作局〕')).toEqual({
      title: '保护中小投资者',
      note: '〔牵头部门(单位): 市经济和信息化局、市金融工作局〕',
      leads: ['市经济和信息化局', '市金融工作局'],
    });
  });

  it('keeps 和 inside unit names', () => {
    expect(extractSectionLeads('登记财产〔牵头部门(单位): 市自然资源和规划局〕').leads).toEqual(['市自然资源和规划局']);
    expect(extractSectionLeads('知识产权创造、保护和运用〔牵头部门（单位）：市市场监管局〕').title).toBe('知识产权创造、保护和运用');
  });

  it('reads （牵头单位：…） with five leads (巫山)', () => {
    expect(
      extractSectionLeads(
        '优化水电气接入服务（牵头单位：县城管局、县经济信息委、国网巫山供电公司、三峡风天然气有限责任公司、鼎诚水务有限责任公司）',
      ),
    ).toEqual({
      title: '优化水电气接入服务',
      note: '（牵头单位：县城管局、县经济信息委、国网巫山供电公司、三峡风天然气有限责任公司、鼎诚水务有限责任公司）',
      leads: ['县城管局', '县经济信息委', '国网巫山供电公司', '三峡风天然气有限责任公司', '鼎诚水务有限责任公司'],
    });
  });

  it('reads 巫山 税费 heading', () => {
    expect(extractSectionLeads('推行优质高效税费服务（牵头单位：巫山县税务局、县财政局）')).toEqual({
      title: '推行优质高效税费服务',
      note: '（牵头单位：巫山县税务局、县财政局）',
      leads: ['巫山县税务局', '县财政局'],
    });
  });

  it('trims whitespace between title and note, and after the note', () => {
    expect(extractSectionLeads('获得电力 〔牵头部门（单位）：市发展改革委〕  ')).toEqual({
      title: '获得电力',
      note: '〔牵头部门（单位）：市发展改革委〕',
      leads: ['市发展改革委'],
    });
  });

  it('accepts 责任单位 labels', () => {
    expect(extractSectionLeads('优化营商环境（责任单位：县发展改革委）').leads).toEqual(['县发展改革委']);
  });

  it('leaves headings without a lead note unchanged', () => {
    expect(extractSectionLeads('总体要求')).toEqual({ title: '总体要求', note: null, leads: [] });
    expect(extractSectionLeads('')).toEqual({ title: '', note: null, leads: [] });
    expect(extractSectionLeads('加强知识产权（含商标）保护')).toEqual({ title: '加强知识产权（含商标）保护', note: null, leads: [] });
    expect(extractSectionLeads('推进“一网通办”（试行）')).toEqual({ title: '推进“一网通办”（试行）', note: null, leads: [] });
  });

  it('leaves 资阳 (牵头领导: …) alone: it names a person, not a unit', () => {
    expect(extractSectionLeads('一、开办企业  (牵头领导: 张建红)')).toEqual({
      title: '一、开办企业  (牵头领导: 张建红)',
      note: null,
      leads: [],
    });
  });

  it('does not treat a title that is only a bracket as a note', () => {
    expect(extractSectionLeads('（牵头单位：县财政局）')).toEqual({ title: '（牵头单位：县财政局）', note: null, leads: [] });
  });

  it('reads role notes and labelled notes with partners in any bracket', () => {
    expect(extractSectionLeads('提升获得电力水平（市供电公司牵头，市住建局配合）')).toEqual({
      title: '提升获得电力水平', note: '（市供电公司牵头，市住建局配合）', leads: ['市供电公司'],
    });
    expect(extractSectionLeads('优化开办企业服务【牵头单位：市市场监管局；配合单位：市税务局】').leads).toEqual(['市市场监管局']);
    expect(extractSectionLeads('优化政务服务〔责任单位：区政务服务中心〕').leads).toEqual(['区政务服务中心']);
  });

  it('leaves notes without a lead unit alone', () => {
    for (const t of ['管理办法（试行）', '三年行动（2022—2025年）', '开办企业（配合单位：市税务局）']) {
      expect(extractSectionLeads(t), t).toEqual({ title: t, note: null, leads: [] });
    }
  });
});
