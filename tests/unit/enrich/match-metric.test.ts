import { describe, expect, it } from 'vitest';
import { enrichMeasure } from '../../../scripts/lib/enrich/enrich-measure.ts';
import { extractTargets } from '../../../scripts/lib/enrich/extract-targets.ts';
import { matchMetric } from '../../../scripts/lib/enrich/match-metric.ts';
import { content } from './content.ts';

/** value+unit → metric for every target of a measure, as the build will compute it. */
function metricsOf(path: string[], title: string | null, text: string): Array<[string, string | null]> {
  return enrichMeasure({ path, title, text }, content).targets.map((t) => [`${t.value}${t.unit}`, t.metric]);
}

describe('matchMetric: the same promise lands in the same column across plans', () => {
  it('time to start a business: 资阳 4 working hours, 资阳 row 3, 自贡 and 四川 "一日办结"', () => {
    expect(metricsOf([], '实施服务时间提速行动。', '实施服务时间提速行动。压减开办企业时间，6月起实现开办企业4个工作小时办结。压减项目审批时间，按不同项目类别，年内实现审批时长控制在20个至80个工作日内。'))
      .toContainEqual(['4工作小时', 'starting-business-time']);
    expect(metricsOf(['一、开办企业 (牵头领导: 张建红)', '(二)开办企业耗时'], null, '从2021年6月1日起,将企业设立登记(含社保登记和缴存住房公积金开户登记)时间从3个工作日内压减到2个工作日内;印章刻制和首次申领发票(根据税法规定,需要实地查验的除外)并联办理在2个工作日内办结,实现开办企业“4小时办结”。'))
      .toEqual([['2工作日', null], ['2工作日', null], ['4小时', 'starting-business-time']]);
    expect(metricsOf(['二、营商环境指标提升重点任务', '（一）开办企业〔牵头部门（单位）：市市场监管局〕'], '目标任务。', '目标任务。放宽企业住所（经营场所）登记限制，试点“企业身份码”商事制度改革，推行实现企业登记、公章刻制、申领发票、社保登记、公积金缴存登记、银行开户“一网通办”“一日办结”，推动实现企业开办“零费用”、变更减流程、注销“零见面”。'))
      .toEqual([['1日', 'starting-business-time']]);
    expect(metricsOf(['二、加快推进简政放权', '(七)深入推进商事制度改革'], null, '在企业开办“一日办结”基础上,拓展“营商通”掌上服务平台功能,提升企业名称自主申报系统智能化水平,鼓励有条件的地方通过免费刻章、免费寄递等举措实现企业开办“零见面”“零成本”'))
      .toEqual([['1日', 'starting-business-time']]);
  });

  it('electricity: 巫山 8 days low voltage and 30 days 10 kV match 自贡’s 三零 low-voltage and high-voltage targets', () => {
    expect(metricsOf(['一、打造便利的市场环境', '（二）优化水电气接入服务（牵头单位：县城管局、县经济信息委、国网巫山供电公司）'], '压减接入时间。', '压减接入时间。获得用水一般项目用户全流程总用时不超过9个工作日。获得用电低压小微用户全流程总用时不超过8个工作日，10千伏城镇用户全流程平均用时不超过30个工作日。获得用气用户办理总用时不超过13个工作日。'))
      .toEqual([['9工作日', 'water-gas-water-time'], ['8工作日', 'electricity-low-voltage-time'], ['30工作日', 'electricity-high-voltage-time'], ['13工作日', 'water-gas-gas-time']]);
    expect(metricsOf(['二、营商环境指标提升重点任务', '(三) 获得电力〔牵头部门（单位）：市发展改革委〕'], '目标任务。', '目标任务。压减办电时间，将电力接入工程审批时间压减至4个工作日内。未实行“三零”服务的低压非居民用户、高压单电源用户、高压双电源用户的合计办电办理时间分别压减至6个、15个、30个工作日内，居民用户全过程办电时间压减至3个工作日内；实行“三零”服务的低压非居民用户全过程办电时间压减至8个工作日内。居民用户、低压非居民用户的用电报装环节压减至2个工作日内，高压非居民用户用电报装环节压减至4个工作日内。实现城市地区用电报装容量160千瓦及以下、农村地区100千瓦及以下的小微企业用电报装“零投资”。市区、城镇、农村地区用户年均停电时间压减至5个、9个、15个小时以内。'))
      .toEqual([
        ['4工作日', null], ['6工作日', null], ['15工作日', 'electricity-high-voltage-time'], ['30工作日', null], ['3工作日', null],
        ['8工作日', 'electricity-low-voltage-time'], ['2工作日', null], ['4工作日', null],
        ['5小时', 'electricity-outage-hours'], ['9小时', 'electricity-outage-hours'], ['15小时', 'electricity-outage-hours'],
      ]);
  });

  it('paying taxes: 自贡, 资阳 and 乐山 targets share payments, hours, export and VAT refund metrics', () => {
    const zigong = metricsOf(['二、营商环境指标提升重点任务', '（六）纳税〔牵头部门（单位）：市税务局〕'], '目标任务。', '目标任务。提高纳税便利度，力争实现所有税种电子申报，实现“最多跑一次”办税事项达 80%以上，主要涉税事项“全程网办”率达 93%以上，年度纳税次数压减至 6 次，年度纳税时间压减至 96 小时以内，增值税留抵退税时间压减至 2.5 个工作日内，办理正常出口退税业务的平均时间不超过 2 个工作日，总税费率降低至 50%。');
    expect(zigong).toEqual([['80%', null], ['93%', null], ['6次', 'paying-taxes-payments'], ['96小时', 'paying-taxes-time'], ['2.5工作日', 'paying-taxes-vat-refund-time'], ['2工作日', 'paying-taxes-export-refund-time'], ['50%', null]]);
    expect(metricsOf(['六、纳税 (牵头领导: 常务副市长)', '(二十八)纳税次数'], null, '推行财产行为类、资源环境类税收“十税合一”申报，进一步压减纳税次数，年度纳税次数压减至5.5次。△⊙'))
      .toEqual([['5.5次', 'paying-taxes-payments']]);
    expect(metricsOf(['六、纳税 (牵头领导: 常务副市长)', '(三十一)报税后流程指数'], null, '推广生产型出口企业出口退税服务前置，变“事后”核查为“事前”服务、变发函“被动调查”为“主动核查”，探索通过专事专办、绿色通道等方式压缩出口退税时间至7个工作日内。△'))
      .toEqual([['7工作日', 'paying-taxes-export-refund-time']]);
    expect(metricsOf(['四、提升政务服务质效', '(二十)提升外资外贸便利化水平'], null, '加快出口退税进度,正常出口退税业务平均办理时间压缩至7个工作日内,全面推广出口退税无纸化管理试点工作'))
      .toEqual([['7工作日', 'paying-taxes-export-refund-time']]);
    expect(metricsOf(['一、大力开展营商环境提升行动'], '优化外资外贸服务。', '优化外资外贸服务。优化外贸退税流程，将办理正常出口退税的平均时间压缩至 5 个工作日以内，增值税增量留抵退税审核的平均时限压缩至 3 个工作日以内，持续优化跨境电商出口海外仓退税模式。'))
      .toEqual([['5工作日', 'paying-taxes-export-refund-time'], ['3工作日', 'paying-taxes-vat-refund-time']]);
  });

  it('construction permits: 四川 row 52 "审批压减至50个工作日" reads 小型低风险 from an earlier chunk; 18 环节 is no time', () => {
    expect(metricsOf(['二、加快推进简政放权', '(五)优化投资和工程项目审批'], null, '全面推行分级分类管理,在确保安全前提下,对社会投资的小型低风险仓库、厂房等工业类建筑工程项目,由政府部门发布统一的企业开工条件,企业取得用地、满足开工条件后作出相关承诺,政府部门发放相关证书,项目即可开工,审批压减至50个工作日、18个环节以内'))
      .toEqual([['50工作日', 'construction-permits-small-low-risk-time'], ['18环节', null]]);
    expect(metricsOf(['二、营商环境指标提升重点任务', '（二）办理建筑许可〔牵头部门（单位）：市住房城乡建设局〕'], '目标任务。', '目标任务。深化工程建设项目审批制度改革，实现工程建设项目建筑许可审批时间压减至 60 个工作日以内，其中社会投资小型低风险仓库、厂房等工业类建筑工程审批环节压减至 15 个以内，审批时间压减至 20 个工作日以内。'))
      .toEqual([['60工作日', 'construction-permits-general-time'], ['15个', null], ['20工作日', 'construction-permits-small-low-risk-time']]);
  });

  it('procurement, government services and property', () => {
    expect(metricsOf(['一、打造便利的市场环境', '（四）促进政府采购规范有序（牵头单位：县财政局）'], '加强支付和交付监管。', '加强支付和交付监管。对满足合同约定支付条件的，采购单位原则上应在收到发票后5个工作日内按程序办理支付手续。提高预付款比例，推动实现预付款支付比例不低于30%（中小企业不低于50%），减轻中标企业资金压力。'))
      .toEqual([['5工作日', 'government-procurement-payment-days'], ['30%', null], ['50%', null]]);
    expect(metricsOf(['一、打造便利的市场环境', '（四）促进政府采购规范有序（牵头单位：县财政局）'], '优化采购流程。', '优化采购流程。严格落实政府采购意向公开，便利供应商提前了解采购需求及相关信息。压减签约等待时间，采购单位原则上应在中标（成交）通知书发出之日起20日内和中标（成交）供应商签订政府采购合同，无正当理由不得拒绝或拖延合同签订。'))
      .toEqual([['20日', 'government-procurement-contract-days']]);
    expect(metricsOf(['二、营商环境指标提升重点任务', '（十五）政务服务〔牵头部门（单位）：市政务服务和数字化管理局〕'], '目标任务。', '目标任务。全面规范政务服务事项，实现全市政务服务“无差别受理、同标准办理”。除法律法规另有规定或涉及国家秘密等事项外，市县两级政务服务事项网上可办率达到100%， “最多跑一次”事项达95%，全程网办事项达90%，办事承诺时限比法定时限平均减少 60%，推出 200 项“一件事一次办”事项。'))
      .toEqual([['100%', 'government-services-online-availability'], ['95%', null], ['90%', 'government-services-full-online'], ['60%', null], ['200项', 'government-services-one-thing-count']]);
    expect(metricsOf(['五、登记财产 (牵头领导: 吴勇)', '(二十四)登记财产耗时'], null, '增设“企业专窗”,增加1名工作人员专门受理企业不动产登记,确保企业非住宅转移登记0.5个工作日办结。'))
      .toEqual([['1名', null], ['0.5工作日', 'registering-property-transfer-time']]);
  });

  it('needs the metric’s indicator among the measure’s and the same unit family', () => {
    const [target] = extractTargets('获得用电低压小微用户全流程总用时不超过8个工作日。');
    expect(matchMetric(['electricity'], target!, '获得用电低压小微用户全流程总用时不超过8个工作日。', content.metrics)).toBe('electricity-low-voltage-time');
    expect(matchMetric(['government-services'], target!, '获得用电低压小微用户全流程总用时不超过8个工作日。', content.metrics)).toBeNull();
    expect(matchMetric(['electricity'], { ...target!, unit: '%' }, '获得用电低压小微用户全流程总用时不超过8%。', content.metrics)).toBeNull();
  });
});
