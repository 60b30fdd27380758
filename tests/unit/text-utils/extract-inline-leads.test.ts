import { describe, expect, it } from 'vitest';
import { extractInlineLeads } from '../../../scripts/lib/text/extract-inline-leads.ts';

describe('extractInlineLeads', () => {
  it('splits 牵头 leads from 负责 partners (自贡 1.(1))', () => {
    const note = '（市市场监管局牵头，各区县政府、高新区管委会负责）';
    expect(extractInlineLeads(`在全市推行集群登记注册。${note}`)).toEqual({ deadlines: [], leader: null,
      leads: ['市市场监管局'],
      partners: ['各区县政府', '高新区管委会'],
      note,
    });
  });

  it('drops the trailing 等 of a partner list', () => {
    const note = '（市市场监管局牵头，市公安局、市社保局、市公积金中心、市税务局、人行市中心支行等按职责分工负责）';
    expect(extractInlineLeads(`实现企业开办相关业务“一次登录”分段式自主选择办理。${note}`)).toEqual({ deadlines: [], leader: null,
      leads: ['市市场监管局'],
      partners: ['市公安局', '市社保局', '市公积金中心', '市税务局', '人行市中心支行'],
      note,
    });
  });

  it('reads a single 负责 unit as the lead', () => {
    expect(extractInlineLeads('变更登记时间压缩至 3 个工作日。（市市场监管局负责）')).toEqual({ deadlines: [], leader: null,
      leads: ['市市场监管局'],
      partners: [],
      note: '（市市场监管局负责）',
    });
  });

  it('without 牵头, all units of the 负责 clause are leads', () => {
    expect(
      extractInlineLeads('互通互用。（市政务服务和数字化管理局、市市场监管局及市级相关单位按职责分工负责）')?.leads,
    ).toEqual(['市政务服务和数字化管理局', '市市场监管局', '市级相关单位']);
  });

  it('reads two leads', () => {
    const r = extractInlineLeads(
      '提高办理效率。（市政务服务和数字化管理局、市发展改革委牵头，市公安局、市自然资源和规划局、市住房城乡建设局、市交通运输局、市城管执法局、各区县政府、高新区管委会按职责分工负责）',
    );
    expect(r?.leads).toEqual(['市政务服务和数字化管理局', '市发展改革委']);
    expect(r?.partners).toEqual(['市公安局', '市自然资源和规划局', '市住房城乡建设局', '市交通运输局', '市城管执法局', '各区县政府', '高新区管委会']);
  });

  it('reads 配合 as partners', () => {
    expect(extractInlineLeads('实现扫码即能查询企业全生命周期身份信息。（市市场监管局牵头，高新区管委会配合）')).toEqual({ deadlines: [], leader: null,
      leads: ['市市场监管局'],
      partners: ['高新区管委会'],
      note: '（市市场监管局牵头，高新区管委会配合）',
    });
  });

  it('accepts half-width parentheses', () => {
    const note = '(市金融工作局、人行市中心支行、市财政局牵头，市税务局、自贡银保监分局按职责分工负责)';
    expect(extractInlineLeads(`更好保障实体经济发展的金融需求。${note}`)).toEqual({ deadlines: [], leader: null,
      leads: ['市金融工作局', '人行市中心支行', '市财政局'],
      partners: ['市税务局', '自贡银保监分局'],
      note,
    });
  });

  it('accepts a parenthetical split by page breaks, with mixed brackets, and keeps the note as written', () => {
    const note = '（国网自贡供电公司、市发展改革委、市\n\n经济和信息化局、市自然资源和规划局、各区县政府、高新区管委会按职责分工负责)';
    expect(extractInlineLeads(`持续提升供电能力。${note}`)).toEqual({ deadlines: [], leader: null,
      leads: ['国网自贡供电公司', '市发展改革委', '市经济和信息化局', '市自然资源和规划局', '各区县政府', '高新区管委会'],
      partners: [],
      note,
    });
    expect(
      extractInlineLeads('(市住房城乡建设局、市水务局牵头，自贡水投集团公司、\n\n市燃气公司按职责分工负责)')?.partners,
    ).toEqual(['自贡水投集团公司', '市燃气公司']);
  });

  it('accepts a parenthetical in its own paragraph', () => {
    expect(extractInlineLeads('实现群众查询不动产登记信息“0 跑路”“24 小时不打烊”。\n\n（市自然资源和规划局负责）')?.leads).toEqual([
      '市自然资源和规划局',
    ]);
  });

  it('ignores trailing whitespace and a final 。', () => {
    expect(extractInlineLeads('做好相关工作。（市法院负责）。\n  ')).toEqual({ deadlines: [], leader: null, leads: ['市法院'], partners: [], note: '（市法院负责）' });
  });

  it('does not split a unit name at the 、 inside quotes', () => {
    expect(
      extractInlineLeads(
        '实现市场监管领域部门联合监管常态化。（市市场监管局牵头，市市场监管领域部门联合“双随机、一公开”监管联席会议成员单位、各区县政府、高新区管委会按职责分工负责）',
      )?.partners,
    ).toEqual(['市市场监管领域部门联合“双随机、一公开”监管联席会议成员单位', '各区县政府', '高新区管委会']);
  });

  it('drops "等单位" and splits on 及', () => {
    expect(extractInlineLeads('实现部分涉企经营许可与营业执照同步注销。（市市场监管局牵头，市政务服务和数字化管理局等单位按职责分工负责）')?.partners).toEqual([
      '市政务服务和数字化管理局',
    ]);
    expect(
      extractInlineLeads('实行总量控制、增减挂钩。（市发展改革委牵头，市商务局、市政务服务和数字化管理局及各区县政府按职责分工负责）')?.partners,
    ).toEqual(['市商务局', '市政务服务和数字化管理局', '各区县政府']);
  });

  it('reads labelled notes', () => {
    expect(extractInlineLeads('完善服务。（牵头单位：县财政局；配合单位：县金融事务中心）')).toEqual({ deadlines: [], leader: null,
      leads: ['县财政局'],
      partners: ['县金融事务中心'],
      note: '（牵头单位：县财政局；配合单位：县金融事务中心）',
    });
  });

  it('returns null for parentheticals that name no units', () => {
    expect(extractInlineLeads('或者建筑面积在500平方米以下（含500平方米）')).toBeNull();
    expect(extractInlineLeads('工程投资额在100万元以下（含100万元）')).toBeNull();
    expect(extractInlineLeads('深化社会投资小型低风险建设项目（以下简称小低项目）')).toBeNull();
  });

  it('returns null when the text does not end with a parenthetical', () => {
    expect(extractInlineLeads('')).toBeNull();
    expect(extractInlineLeads('深化社会投资小型低风险建设项目（以下简称小低项目）全流程改革。')).toBeNull();
    expect(extractInlineLeads('（市市场监管局牵头）之后还有文字')).toBeNull();
    expect(extractInlineLeads('市市场监管局牵头）')).toBeNull(); // unbalanced
  });

  it('reads labelled notes with a deadline, in （）, 【】 and 〔〕', () => {
    const note = '（牵头单位：市发改委；配合单位：市自然资源局、市住建局；完成时限：2022年6月底前）';
    expect(extractInlineLeads(`推行区域评估。${note}`)).toEqual({
      leads: ['市发改委'], partners: ['市自然资源局', '市住建局'], deadlines: ['2022年6月底前'], leader: null, note,
    });
    expect(extractInlineLeads('推行承诺制。【责任单位：市住建局、市财政局】')?.leads).toEqual(['市住建局', '市财政局']);
    expect(extractInlineLeads('推行承诺制。〔牵头单位：区政府办公室，责任单位：区司法局，各街道（功能区）〕')).toMatchObject({
      leads: ['区政府办公室'], partners: ['区司法局', '各街道（功能区）'],
    });
  });

  it('reads a deadline inside a role note, and the first-unit rule', () => {
    expect(extractInlineLeads('推行一网通办。（A局牵头，B局配合，6月底前完成）')).toMatchObject({ leads: ['A局'], partners: ['B局'], deadlines: ['6月底前完成'] });
    expect(extractInlineLeads('推行一网通办。（责任单位：A局、B局）', true)).toMatchObject({ leads: ['A局'], partners: ['B局'] });
  });

  it('reads a note followed by ；', () => {
    expect(extractInlineLeads('推行非接触式办税。（市税务局负责）；')?.leads).toEqual(['市税务局']);
  });

  it('does not take （试行） or a bare date for a note', () => {
    expect(extractInlineLeads('制定管理办法（试行）')).toBeNull();
    expect(extractInlineLeads('完成清理工作（2022年6月底前）')).toBeNull();
  });
});
