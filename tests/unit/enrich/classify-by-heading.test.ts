/** Plans organised by indicator: 自贡 sections and 资阳's 一级指标 cells name the indicator. */
import { describe, expect, it } from 'vitest';
import { classifyMeasure } from '../../../scripts/lib/enrich/classify-measure.ts';
import { content } from './content.ts';

const classify = (path: string[], title: string | null, text: string) => classifyMeasure({ path, title, text }, content.taxonomy, content.lexicon);

const ZIGONG = '二、营商环境指标提升重点任务';

describe('自贡 (sections named after indicators)', () => {
  it('takes the indicator from the section heading, with the heading as evidence', () => {
    const r = classify([ZIGONG, '（一）开办企业〔牵头部门（单位）：市市场监管局〕'], '目标任务。',
      '目标任务。放宽企业住所（经营场所）登记限制，试点“企业身份码”商事制度改革，推行实现企业登记、公章刻制、申领发票、社保登记、公积金缴存登记、银行开户“一网通办”“一日办结”，推动实现企业开办“零费用”、变更减流程、注销“零见面”。');
    expect(r.indicators).toEqual(['starting-business']);
    expect(r.evidence).toEqual([{ indicator: 'starting-business', kind: 'heading', heading: '（一）开办企业〔牵头部门（单位）：市市场监管局〕' }]);
  });

  it('ignores "使用电子营业执照" for electricity and the units in the responsibility note', () => {
    const r = classify([ZIGONG, '（一）开办企业〔牵头部门（单位）：市市场监管局〕', '2.工作举措。'], null,
      '鼓励银行采取推广线上预约开户、使用电子营业执照、多渠道客户尽职调查等方式，不断优化企业银行账户服务。（人行市中心支行负责）');
    expect(r.indicators).toEqual(['starting-business']);
  });

  it('keeps a passing mention of 水、电、气 同步过户 inside 登记财产 (tax payment on transfer is strong enough to add)', () => {
    const r = classify([ZIGONG, '(五) 登记财产〔牵头部门(单位): 市自然资源和规划局〕'], '目标任务。',
      '目标任务。拓展“互联网+不动产登记”办理覆盖面，进一步加强不动产登记信息共享。实现企业不动产(土地、存量房)转移涉及税收缴纳(包括契税、土地增值税等)与不动产转移登记的“一窗办、一日办、一网办”。实现企业间不动产转移登记网上申请、网上审核、网上缴税、核验材料，一次办结。实现不动产登记与水、电、气、有线电视等市政公用设施同步过户。');
    expect(r.indicators).toEqual(['registering-property', 'paying-taxes']);
    expect(r.evidence[1]!.keywords).toEqual(['税收', '增值税', '缴税']);
  });

  it('adds a secondary indicator on strong keywords: 纳税 inside 开办企业 (税务 Ukey, 税控盘)', () => {
    const r = classify([ZIGONG, '（一）开办企业〔牵头部门（单位）：市市场监管局〕', '2.工作举措。'], null,
      '推行以政府购买服务等方式提供首套印章免费刻章和寄递服务，推行税务 Ukey（电子密钥）取代税控盘，完善税务 Ukey 业务维护平台，实现企业开办“零费用”。实现企业开办“一窗受理”和公积金企业缴存登记线上办、掌上办。（市市场监管局、市公安局、市税务局、市财政局、市政务服务和数字化管理局、市公积金中心按职责分工负责）');
    expect(r.indicators[0]).toBe('starting-business');
    expect(r.indicators).toContain('paying-taxes');
    const taxes = r.evidence.find((e) => e.indicator === 'paying-taxes')!;
    expect(taxes).toMatchObject({ kind: 'keywords', keywords: ['税务', '税控'] });
    expect(taxes.sentences).toEqual([
      '推行以政府购买服务等方式提供首套印章免费刻章和寄递服务，推行税务 Ukey（电子密钥）取代税控盘，完善税务 Ukey 业务维护平台，实现企业开办“零费用”。',
    ]);
  });
});

describe('资阳 (appendix table: the 一级指标 cell names the indicator)', () => {
  it('reads cells with lead notes, ★ markers, spaces and 、 inside names', () => {
    expect(classify(['四、获得用水用气(牵头领导: 吴勇)', '(十八)获得用水用气流程'], null,
      '全面梳理各县(区)、高新区、临空经济区各公司之间业务办理中环节的差异，研究制定全市标准化、规范化、统一的用水、用气接入服务指南。').indicators[0]).toBe('water-gas');
    expect(classify(['十六、知识产权创造、保护和运用（牵头领导：张建红）', '（七十九）知识产权创造质量'], null,
      '出台科技创新与知识产权引导政策，形成从科技成果创造到知识产权保护的政策闭环，为全市创新发展提供政策支撑。').indicators[0]).toBe('intellectual-property');
    expect(classify(['十九、获得用地★(牵头领导: 吴勇)', '(九十七)供地耗时'], null,
      '强化部门职能职责,优化供地审核程序,提升供地。在前置要件齐备的基础上,缩短供地周期,确保国有土地使用权划拨、协议出让、租赁办理事限控制在15工作日以内。').indicators).toEqual(['land']);
    expect(classify(['十二、劳动力 市场监管 (牵头领导： 常务副市长)', '(六十一)工作 时间'], null,
      '重新设计申请表、部门间核验等方式将特殊工时制申请提交材料从3项压缩到1项；结合资阳、大足和潼南人社行政许可建设协议，办理时限由20个工作日压缩到5个工作日。◎').indicators[0]).toBe('labor-market');
  });

  it('adds water-gas and electricity to a 办理建筑许可 row about utility connections, with the clauses', () => {
    const r = classify(['二、办理建筑许可(牵头领导:吴勇)', '(九)办理建筑许可便利度'], null,
      '优化水、电、气等公共服务报装接入流程。在项目策划生成阶段，由水、电、气等公共服务单位提出市政管线接驳点位和周边情况。在施工许可阶段，提前开展市政公用基础设施报装服务，由市政公用服务机构提前介入，提供指导服务，同步开展设计、方案答复等前期工作，并按照建设单位需求完成相关设施建设，竣工验收后直接办理接入。');
    expect(r.indicators).toEqual(['construction-permits', 'electricity', 'water-gas']);
    expect(r.evidence[0]).toEqual({ indicator: 'construction-permits', kind: 'heading', heading: '(九)办理建筑许可便利度' });
    expect(r.evidence[2]).toMatchObject({ kind: 'keywords', sentences: ['优化水、电、气等公共服务报装接入流程。'] });
  });

  it('does not let listed domains ("水电气、纳税、社保等领域") pull a 市场监管 row elsewhere', () => {
    const r = classify(['十七、市场监管（牵头领导：张建红）', '（八十六）商务诚信度'], null,
      '加强公共企事业单位信用信息归集共享应用。根据国家、省上制定的最新信用数据共享目录清单及数据标准，将水电气、纳税、社保等领域信用信息归集到市社会信用信息平台，并依托水电气、纳税、社保等信用数据完善市场主体信用记录，以便给予金融支持。');
    expect(r.indicators).toEqual(['market-regulation']);
  });
});
