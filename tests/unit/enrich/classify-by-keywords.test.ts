/** Plans organised by theme: 四川's 分工表 rows, 乐山's long paragraphs, 巫山's numbered items. */
import { describe, expect, it } from 'vitest';
import { classifyMeasure } from '../../../scripts/lib/enrich/classify-measure.ts';
import type { Classification } from '../../../src/model/compare.ts';
import { content } from './content.ts';

const classify = (path: string[], title: string | null, text: string) => classifyMeasure({ path, title, text }, content.taxonomy, content.lexicon);
const sentencesOf = (r: Classification, id: string) => r.evidence.find((e) => e.indicator === id)?.sentences;

const LESHAN = ['一、大力开展营商环境提升行动'];
const LESHAN_1 = '激发市场主体活力。持续深化营商环境对标创新行动，按照省上部署开展民营企业营商环境提升行动，扎实推动营商环境对标创新行动方案54项工作任务和复制推广营商环境创新试点改革举措50项工作任务落地落实，做好6月底省上核查迎检工作。根据全省营商环境评价指标调整，积极做好营商环境评价迎检工作。实施就业创业服务质量提升工程，加大创新创业平台建设力度，推动市县两级积极创建省级“创业孵化基地（微创业园）”，扶持更多小微企业成长发展。全面推广信用承诺制和告知承诺制，完善全国中小微企业融资综合信用服务平台乐山站建设，将天府信用通平台的市（州）子平台作为市（州）级融资信用服务平台；配合省上制定《四川省公共信用信息目录（2023年版）》，加大信用信息归集共享力度，深入推进“信易贷”工作。全面推广数字化电子发票，逐步取消增值税发票税控设备。协同完善招标投标交易担保制度，进一步降低招标投标交易成本，按照省上部署开展清理历史沉淀保证金专项行动。';
const LESHAN_4 = '加大助企纾困力度。强化对市场主体特别是民营企业和中小微企业的财税、金融等政策支持力度，落实减税降费优惠政策，加大创业担保贷款发放力度。综合运用预留采购份额等措施支持中小企业参与政府采购，落实政府采购工程面向中小企业的预留份额政策。深入推进融资对接活动常态化、精准化，支持银行机构用好再贷款政策工具，围绕重大产业项目建设、支农支小、设备购置与更新改造、碳减排等重点领域加大信贷投放，合理降低中小微企业贷款利率，确保今年全市各项贷款余额增长230亿元以上，普惠小微企业贷款实现增速、户数“两增”，制造业贷款增速不低于13%。完善政务服务大厅惠企政策服务专窗建设，推动惠企政策“统一发布、统一咨询、一窗申报”；探索打造“免申即享”服务，推动惠企利民政策智能匹配、快速兑现；做好惠企政策资金保障，逐步实现“一窗兑现”。积极争取上级要素部门支持，充分用好水电消纳和全水电交易政策，最大限度满足企业用能需求，降低用能成本。鼓励工业企业在符合规划、不改变原用途的前提下，利用存量工业用地新建厂房或增加原厂房层数与容量，提高的土地容积率不再增收土地价款，进一步降低企业土地成本。';

describe('乐山 (paragraphs running across indicators)', () => {
  it('(一) gives credit, taxes and bidding each the sentences that concern them', () => {
    const r = classify(LESHAN, '激发市场主体活力。', LESHAN_1);
    expect(r.indicators).toEqual(expect.arrayContaining(['getting-credit', 'paying-taxes', 'bidding', 'private-economy']));
    expect(r.indicators).not.toContain('electricity'); // 电子发票
    expect(sentencesOf(r, 'paying-taxes')).toEqual(['全面推广数字化电子发票，逐步取消增值税发票税控设备。']);
    expect(sentencesOf(r, 'bidding')).toEqual(['协同完善招标投标交易担保制度，进一步降低招标投标交易成本，按照省上部署开展清理历史沉淀保证金专项行动。']);
    expect(sentencesOf(r, 'getting-credit')).toHaveLength(2);
    expect(sentencesOf(r, 'getting-credit')![1]).toBe('配合省上制定《四川省公共信用信息目录（2023年版）》，加大信用信息归集共享力度，深入推进“信易贷”工作。');
    expect(r.evidence.map((e) => e.indicator)).toEqual(r.indicators);
  });

  it('(四) gives credit, procurement, land and taxes their own sentences; credit, the most discussed, first', () => {
    const r = classify(LESHAN, '加大助企纾困力度。', LESHAN_4);
    expect(r.indicators[0]).toBe('getting-credit');
    expect(r.indicators).toEqual(expect.arrayContaining(['government-procurement', 'land', 'paying-taxes', 'government-services']));
    expect(sentencesOf(r, 'government-procurement')).toEqual(['综合运用预留采购份额等措施支持中小企业参与政府采购，落实政府采购工程面向中小企业的预留份额政策。']);
    expect(sentencesOf(r, 'land')).toEqual(['鼓励工业企业在符合规划、不改变原用途的前提下，利用存量工业用地新建厂房或增加原厂房层数与容量，提高的土地容积率不再增收土地价款，进一步降低企业土地成本。']);
    expect(r.evidence.find((e) => e.indicator === 'land')!.keywords).toEqual(['工业用地', '土地', '容积率']);
  });
});

describe('四川 (分工表 rows under theme headings)', () => {
  const WORKS = ['二、加快推进简政放权', '(五)优化投资和工程项目审批'];

  it('row 55: 外线施工…办电效率 is electricity', () => {
    const r = classify(WORKS, null, '优化外线施工办理流程,对涉及的工程规划许可、绿化许可、占据路许可等环节推行并联审批、限时办结,提高办电效率;对于符合条件的低压短距离电力接入工程,探索实行告知承诺制、审批改备案或取消审批等方式');
    expect(r.indicators[0]).toBe('electricity');
    expect(r.evidence[0]).toEqual({
      indicator: 'electricity',
      kind: 'keywords',
      keywords: ['办电', '低压', '电力接入'],
      sentences: ['优化外线施工办理流程,对涉及的工程规划许可、绿化许可、占据路许可等环节推行并联审批、限时办结,提高办电效率;', '对于符合条件的低压短距离电力接入工程,探索实行告知承诺制、审批改备案或取消审批等方式'],
    });
  });

  it('row 52: 社会投资的小型低风险仓库… is construction permits', () => {
    const r = classify(WORKS, null, '全面推行分级分类管理,在确保安全前提下,对社会投资的小型低风险仓库、厂房等工业类建筑工程项目,由政府部门发布统一的企业开工条件,企业取得用地、满足开工条件后作出相关承诺,政府部门发放相关证书,项目即可开工,审批压减至50个工作日、18个环节以内');
    expect(r.indicators).toEqual(['construction-permits']);
  });

  it('row 101: domains listed in passing do not count, 公平竞争审查 does', () => {
    const r = classify(['三、强化事中事后监管', '(十)营造公平公正的市场环境'], null, '落实公平竞争审查制度,全面清理工程建设、市场准入、资质标准、产业补贴、招商引资、招标投标、政府采购等领域涉及市场主体经济活动的政策文件,废止违反公平竞争审查标准的文件或条款,纠正采取变相、隐形手段干预市场主体自主经营的错误做法');
    expect(r.indicators).toEqual(['market-regulation']);
  });

  it('row 60: the section heading breaks the tie between property and government services', () => {
    const r = classify(['二、加快推进简政放权', '(六)提升不动产登记效率'], null, '推广使用不动产登记电子证照');
    expect(r.indicators).toEqual(['registering-property', 'government-services']);
  });

  it('row 121: 水电气 报装 is water-gas and electricity', () => {
    const r = classify(['四、提升政务服务质效', '(十三)提升民生服务水平'], null, '优化水电气等公用事业服务,清理报装过程中的附加审批要件和手续,推进并联审批,加快实现报装、查询、缴费等业务“全程网办”');
    expect(r.indicators).toEqual(expect.arrayContaining(['water-gas', 'electricity']));
  });

  it('row 185 under 六、加强组织保障 is general', () => {
    const r = classify(['六、加强组织保障', '(二十一)完善工作推进机制'], null, '建立省政府深化“放管服”改革优化营商环境例会制度,研究解决改革推进中的突出问题');
    expect(r).toEqual({ indicators: ['general'], evidence: [{ indicator: 'general', kind: 'heading', heading: '六、加强组织保障' }] });
  });

  it('row 83: a text naming no indicator takes the keywords of its section heading', () => {
    const r = classify(['三、强化事中事后监管', '(八)构建新型监管模式'], null, '扎实推进四川省安全生产专项整治三年行动,对重点行业领域专项整治');
    expect(r).toEqual({ indicators: ['market-regulation'], evidence: [{ indicator: 'market-regulation', kind: 'keywords', heading: '(八)构建新型监管模式', keywords: ['监管'] }] });
  });

  it('row 133: nothing fits → general without evidence', () => {
    const r = classify(['五、持续激发市场活力和社会创造力', '(十五)精准落实国家政策'], null, '持续开展营商环境指标提升专项行动');
    expect(r).toEqual({ indicators: ['general'], evidence: [] });
  });

  it('row 98: "向社会公开标准" is not 开标 (bidding)', () => {
    const r = classify(['三、强化事中事后监管', '(九)实施包容审慎监管'], null, '实施企业标准自我声明公开制度,鼓励企业通过标准信息公共服务平台向社会公开标准');
    expect(r.indicators).not.toContain('bidding');
  });
});

describe('巫山 (numbered items under theme headings)', () => {
  const UTILITIES = ['一、打造便利的市场环境', '（二）优化水电气接入服务（牵头单位：县城管局、县经济信息委、国网巫山供电公司、三峡风天然气有限责任公司、鼎诚水务有限责任公司）'];

  it('item 6 is electricity and water-gas, each with its own sentences', () => {
    const r = classify(UTILITIES, '压减接入时间。', '压减接入时间。获得用水一般项目用户全流程总用时不超过9个工作日。获得用电低压小微用户全流程总用时不超过8个工作日，10千伏城镇用户全流程平均用时不超过30个工作日。获得用气用户办理总用时不超过13个工作日。');
    expect(r.indicators).toEqual(['electricity', 'water-gas']);
    expect(sentencesOf(r, 'electricity')).toEqual(['获得用电低压小微用户全流程总用时不超过8个工作日，10千伏城镇用户全流程平均用时不超过30个工作日。']);
    expect(sentencesOf(r, 'water-gas')).toEqual(['获得用水一般项目用户全流程总用时不超过9个工作日。', '获得用气用户办理总用时不超过13个工作日。']);
  });

  it('item 8: the section heading makes a mixed utilities item water-gas and electricity first', () => {
    const r = classify(UTILITIES, '优化办理方式。', '优化办理方式。推行全流程“一站式”集成服务和帮办服务，精简受理材料，实现报装、查询、缴费等业务全程网上办理。坚持政企协同，通过“渝快办”平台联动推送开办企业、规划许可和施工许可信息，供水供电供气企业提前介入、主动服务。');
    expect(r.indicators.slice(0, 2)).toEqual(['electricity', 'water-gas']);
    expect(r.indicators).toContain('government-services');
  });

  it('item 30 (under a 税费服务 theme heading) is paying taxes', () => {
    const r = classify(['二、打造高效的政务环境', '（四）推行优质高效税费服务（牵头单位：巫山县税务局、县财政局）'], '压减税费缴纳次数和时间。', '压减税费缴纳次数和时间。推行“十一税合一”，实现财产和行为税、资源和环境税、企业所得税跨税种合并申报。提升办税服务大厅服务水平，优化预约服务，提高窗口使用效率，缩短办税等候时间。精简享受优惠政策办理流程和手续，扩大“自行判别、自行申报、事后监管”范围。加快推进增值税专用发票电子化试点。');
    expect(r.indicators[0]).toBe('paying-taxes');
  });

  it('四、…实施保障 items are general first', () => {
    const r = classify(['四、加强优化营商环境实施保障'], '加强组织领导。', '加强组织领导。完善优化营商环境工作推进机制，形成领导小组统筹协调、专项小组分工牵头、各部门协同推进的工作格局。各有关部门、单位要压实工作责任，加强营商环境专班建设，配齐配强工作力量，高位推动优化营商环境各项改革任务。');
    expect(r.indicators).toEqual(['general']);
  });
});

describe('自贡 三、保障措施', () => {
  it('is general', () => {
    const r = classify(['三、保障措施'], '加强组织领导。', '加强组织领导。市优化营商环境工作领导小组适时听取营商环境指标提升工作推进情况汇报，研究解决改革推进中的突出问题。市发展改革委负责营商环境指标提升日常工作，推动工作稳步有序开展。');
    expect(r.indicators).toEqual(['general']);
    expect(r.evidence[0]!.kind).toBe('heading');
  });
});

describe('determinism', () => {
  it('gives the same result every time', () => {
    const a = classify(LESHAN, '加大助企纾困力度。', LESHAN_4);
    const b = classify(LESHAN, '加大助企纾困力度。', LESHAN_4);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});
