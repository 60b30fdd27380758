import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../../scripts/lib/enrich/extract-targets.ts';

/** Targets as compact tuples: [value, unit, comparator, subject]. */
const brief = (text: string) => extractTargets(text).map((t) => [t.value, t.unit, t.comparator, t.subject]);

describe('extractTargets', () => {
  it('资阳: four working hours to start a business, in the body and in row 3', () => {
    expect(extractTargets('压减开办企业时间，6月起实现开办企业4个工作小时办结。')).toEqual([
      { subject: '开办企业', value: 4, unit: '工作小时', comparator: 'lte', from: null, quote: '4个工作小时办结' },
    ]);
    const row3 = extractTargets('从2021年6月1日起,将企业设立登记(含社保登记和缴存住房公积金开户登记)时间从3个工作日内压减到2个工作日内;印章刻制和首次申领发票(根据税法规定,需要实地查验的除外)并联办理在2个工作日内办结,实现开办企业“4小时办结”。');
    expect(row3.at(-1)).toEqual({ subject: '开办企业', value: 4, unit: '小时', comparator: 'lte', from: null, quote: '4小时办结' });
    expect(row3[0]).toMatchObject({ value: 2, from: 3, comparator: 'reduce-to', quote: '从3个工作日内压减到2个工作日内' });
  });

  it('巫山 item 6: 8 working days low voltage, 30 for 10 kV users; 10千伏 itself is no target', () => {
    expect(brief('获得用电低压小微用户全流程总用时不超过8个工作日，10千伏城镇用户全流程平均用时不超过30个工作日。')).toEqual([
      [8, '工作日', 'lte', '获得用电低压小微用户全流程总用时'],
      [30, '工作日', 'lte', '10千伏城镇用户全流程平均用时'],
    ]);
  });

  it('自贡 获得电力 目标任务: enumerations pair with the user classes before 分别', () => {
    const targets = extractTargets('未实行“三零”服务的低压非居民用户、高压单电源用户、高压双电源用户的合计办电办理时间分别压减至6个、15个、30个工作日内，居民用户全过程办电时间压减至3个工作日内；实行“三零”服务的低压非居民用户全过程办电时间压减至8个工作日内。');
    expect(targets.map((t) => [t.value, t.unit, t.comparator])).toEqual([
      [6, '工作日', 'reduce-to'], [15, '工作日', 'reduce-to'], [30, '工作日', 'reduce-to'], [3, '工作日', 'reduce-to'], [8, '工作日', 'reduce-to'],
    ]);
    expect(targets.slice(0, 3).map((t) => t.subject)).toEqual([
      '未实行“三零”服务的低压非居民用户的合计办电办理时间',
      '未实行“三零”服务的高压单电源用户的合计办电办理时间',
      '未实行“三零”服务的高压双电源用户的合计办电办理时间',
    ]);
    expect(targets[0]!.quote).toBe('压减至6个、15个、30个工作日内');
    expect(targets[3]!.subject).toBe('居民用户全过程办电时间');
    expect(targets[4]!.subject).toBe('实行“三零”服务的低压非居民用户全过程办电时间');
  });

  it('自贡 获得电力: outage hours per area, values without 分别', () => {
    expect(brief('市区、城镇、农村地区用户年均停电时间压减至5个、9个、15个小时以内。')).toEqual([
      [5, '小时', 'reduce-to', '市区用户年均停电时间'],
      [9, '小时', 'reduce-to', '城镇用户年均停电时间'],
      [15, '小时', 'reduce-to', '农村地区用户年均停电时间'],
    ]);
  });

  it('自贡 纳税 目标任务', () => {
    const targets = extractTargets('提高纳税便利度，力争实现所有税种电子申报，实现“最多跑一次”办税事项达 80%以上，主要涉税事项“全程网办”率达 93%以上，年度纳税次数压减至 6 次，年度纳税时间压减至 96 小时以内，增值税留抵退税时间压减至 2.5 个工作日内，办理正常出口退税业务的平均时间不超过 2 个工作日，总税费率降低至 50%。');
    expect(targets.map((t) => [t.value, t.unit, t.comparator, t.subject, t.quote])).toEqual([
      [80, '%', 'gte', '“最多跑一次”办税事项', '达 80%以上'],
      [93, '%', 'gte', '主要涉税事项“全程网办”率', '达 93%以上'],
      [6, '次', 'reduce-to', '年度纳税次数', '压减至 6 次'],
      [96, '小时', 'reduce-to', '年度纳税时间', '压减至 96 小时以内'],
      [2.5, '工作日', 'reduce-to', '增值税留抵退税时间', '压减至 2.5 个工作日内'],
      [2, '工作日', 'lte', '办理正常出口退税业务的平均时间', '不超过 2 个工作日'],
      [50, '%', 'reduce-to', '总税费率', '降低至 50%'],
    ]);
  });

  it('资阳 row 107: a prohibition ("不得高于5%") bounds from above; the subject drops the 不得', () => {
    expect(brief('开发企业公积金贷款保证金不得高于5%，并适时推行银行保函制度。')).toEqual([[5, '%', 'lte', '开发企业公积金贷款保证金']]);
    expect(brief('中小企业预留份额不得低于30%')).toEqual([[30, '%', 'gte', '中小企业预留份额']]);
  });

  it('资阳: after a bare verb or place ("增加", "减按", "再推动", "全市") the noun after the number is the subject', () => {
    expect(brief('增设“企业专窗”,增加1名工作人员专门受理企业不动产登记')).toEqual([[1, '名', null, '工作人员专门受理企业不动产登记']]);
    expect(brief('面积为90平方米及以下的，减按1%的税率征收契税；')).toEqual([[1, '%', null, '税率征收契税']]);
    expect(brief('2021年再推动5家企业完成公司制改制。')).toEqual([[5, '家', null, '企业完成公司制改制']]);
    expect(brief('到2021年底，全市80%以上事项实现“一窗分类受理”。')).toEqual([[80, '%', 'gte', '事项实现“一窗分类受理”']]);
    expect(brief('实现企业95%税费事项网上办理，')).toEqual([[95, '%', null, '税费事项网上办理']]);
    expect(brief('凡涉密事项应当100%通过部门自建业务系统办理；')).toEqual([[100, '%', null, '凡涉密事项']]);
    expect(brief('非正当理由超过30日不签订合同的，一律取消中标候选资格。')[0]?.[3]).toBe('非正当理由');
  });

  it('资阳: decimal counts', () => {
    expect(brief('精简纳税环节，推行“十税合一”申报，年度纳税次数压减至5.5次。')).toEqual([[5.5, '次', 'reduce-to', '年度纳税次数']]);
  });

  it('资阳 rows 114/115: a verb split from its 至 by the object ("压缩出口退税时间至…")', () => {
    expect(extractTargets('推广生产型出口企业出口退税服务前置，变“事后”核查为“事前”服务、变发函“被动调查”为“主动核查”，探索通过专事专办、绿色通道等方式压缩出口退税时间至7个工作日内。△')).toEqual([
      { subject: '出口退税时间', value: 7, unit: '工作日', comparator: 'reduce-to', from: null, quote: '压缩出口退税时间至7个工作日内' },
    ]);
    expect(brief('积极引导纳税人通过电子税务局办理增值税留抵退税业务，设置主动提示提醒功能，压缩增值税留抵退税时间至3个工作日内。')).toEqual([[3, '工作日', 'reduce-to', '增值税留抵退税时间']]);
  });

  it('四川 row 67: "由20个工作日压缩至15个工作日" keeps the starting value', () => {
    expect(extractTargets('境内营业性演出项目均实行即办件,涉外涉港澳台营业性演出项目审批由20个工作日压缩至15个工作日')).toEqual([
      { subject: '涉外涉港澳台营业性演出项目审批', value: 15, unit: '工作日', comparator: 'reduce-to', from: 20, quote: '由20个工作日压缩至15个工作日' },
    ]);
  });

  it('四川 row 52: one cue, two values with their own units', () => {
    const targets = extractTargets('政府部门发放相关证书,项目即可开工,审批压减至50个工作日、18个环节以内');
    expect(targets.map((t) => [t.value, t.unit, t.comparator, t.quote])).toEqual([
      [50, '工作日', 'reduce-to', '压减至50个工作日、18个环节以内'],
      [18, '环节', 'reduce-to', '压减至50个工作日、18个环节以内'],
    ]);
  });

  it('乐山 (五): refund times and a bare count', () => {
    expect(brief('强化走访调研机制，加强同市内外资企业的常态化交流，动态掌握外资企业底数，每季度走访重点外资企业 12 家，每月全覆盖收集外资企业问题诉求。优化外贸退税流程，将办理正常出口退税的平均时间压缩至 5 个工作日以内，增值税增量留抵退税审核的平均时限压缩至 3 个工作日以内，持续优化跨境电商出口海外仓退税模式。')).toEqual([
      [12, '家', null, '每季度走访重点外资企业'],
      [5, '工作日', 'reduce-to', '办理正常出口退税的平均时间'],
      [3, '工作日', 'reduce-to', '增值税增量留抵退税审核的平均时限'],
    ]);
  });

  it('巫山 13 and 15: deadlines for an action take the action as subject', () => {
    expect(brief('压减签约等待时间，采购单位原则上应在中标（成交）通知书发出之日起20日内和中标（成交）供应商签订政府采购合同，无正当理由不得拒绝或拖延合同签订。')).toEqual([
      [20, '日', 'lte', '中标（成交）供应商签订政府采购合同'],
    ]);
    expect(brief('对满足合同约定支付条件的，采购单位原则上应在收到发票后5个工作日内按程序办理支付手续。提高预付款比例，推动实现预付款支付比例不低于30%（中小企业不低于50%），减轻中标企业资金压力。')).toEqual([
      [5, '工作日', 'lte', '按程序办理支付手续'],
      [30, '%', 'gte', '预付款支付比例'],
      [50, '%', 'gte', '中小企业'],
    ]);
  });

  it('自贡 开办企业: Chinese numerals ("一日办结") with the process as subject', () => {
    expect(extractTargets('推行实现企业登记、公章刻制、申领发票、社保登记、公积金缴存登记、银行开户“一网通办”“一日办结”，推动实现企业开办“零费用”。')).toEqual([
      { subject: '企业登记、公章刻制、申领发票、社保登记、公积金缴存登记、银行开户“一网通办”', value: 1, unit: '日', comparator: 'lte', from: null, quote: '一日办结' },
    ]);
    expect(brief('失业补助金、失业保险金申领不超过1个工作日。')).toEqual([[1, '工作日', 'lte', '失业补助金、失业保险金申领']]);
  });

  it('a range gives both ends, sharing comparator, subject and quote; from stays null', () => {
    const targets = extractTargets('压减不动产登记时间，企业非住宅转移登记、一般抵押登记、一般存量房转移登记、\n\n个人全款购买新建商品房分户登记控制在 0.5 个至 3 个工作日内。');
    expect(targets.map((t) => [t.value, t.unit, t.comparator, t.from, t.quote])).toEqual([
      [0.5, '工作日', 'lte', null, '控制在 0.5 个至 3 个工作日内'],
      [3, '工作日', 'lte', null, '控制在 0.5 个至 3 个工作日内'],
    ]);
    expect(targets[0]!.subject).toBe('企业非住宅转移登记、一般抵押登记、一般存量房转移登记、个人全款购买新建商品房分户登记');
  });

  it('canonical units: 天 → 日, measure word dropped, rates kept', () => {
    expect(brief('扩大简易注销适用范围，将简易注销公告时间从45天压缩至20天')).toEqual([[20, '日', 'reduce-to', '简易注销公告时间']]);
    expect(extractTargets('实现资阳中心城区、市区、城镇、农村地区平均停电时间减少至2小时/户、5小时/户、9小时/户、15小时/户。').map((t) => t.unit)).toEqual(['小时/户', '小时/户', '小时/户', '小时/户']);
    expect(brief('全年纳税时间控制在100个小时以内')).toEqual([[100, '小时', 'lte', '全年纳税时间']]);
  });

  it('quotes are exact substrings, spaces and full-width forms included', () => {
    const text = '主要涉税事项“全程网办”率达 ９３％以上，年度纳税时间压减至 96 小时以内。';
    for (const t of extractTargets(text)) expect(text).toContain(t.quote);
    expect(extractTargets(text).map((t) => t.quote)).toEqual(['达 ９３％以上', '压减至 96 小时以内']);
  });
});
