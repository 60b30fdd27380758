import { describe, expect, it } from 'vitest';
import { findDeadlines } from '../../../scripts/lib/text/find-deadlines.ts';

describe('findDeadlines', () => {
  it('finds a deadline with a PDF space (四川 seed)', () => {
    expect(
      findDeadlines(
        '推进政务服务事项标准化,9 月底前完成梳理规范政务服务事项目录清单和实施清单,统一设定依据、法定时限、申请材料、服务对象等要素。',
        2021,
      ),
    ).toEqual([{ raw: '9月底前', date: '2021-09-30' }]);
  });

  it('finds two deadlines in order (乐山 seed)', () => {
    const text =
      '开展综合窗口改革攻坚行动，推动全市各级政务服务管理机构于今年8月1日前实现无差别综合窗口正式运行。' +
      '全力推行“前台综合受理、中台业务支撑、后台分类审批、统一窗口出件”的政务服务模式，' +
      '依托省一体化政务服务平台综合受理系统实现业务办理的高效协同。今年底前，依申请类政务服务事项纳入无差别综合窗口受理办理占比达50%及以上';
    expect(findDeadlines(text, 2023)).toEqual([
      { raw: '今年8月1日前', date: '2023-08-01' },
      { raw: '今年底前', date: '2023-12-31' },
    ]);
  });

  it('finds deadlines from the 四川 seed body', () => {
    expect(findDeadlines('开展企业不动产转移登记的“一件事”改革,12月底前实现“一窗办、一日办、一网办”。', 2021)).toEqual([
      { raw: '12月底前', date: '2021-12-31' },
    ]);
    expect(findDeadlines('持续深化“川渝通办”，聚焦企业群众需求，10月底前实现第二批川渝通办事项异地可办', 2021)).toEqual([
      { raw: '10月底前', date: '2021-10-31' },
    ]);
    expect(findDeadlines('确保在2021年6月底前所有实时有效资源', 2021)).toEqual([
      { raw: '2021年6月底前', date: '2021-06-30' },
    ]);
  });

  it('joins a deadline split by a page break (四川 "12 月底\\n\\n前")', () => {
    const text = '3 月底前省一体化政务服务平台与省直各部门(单位)自建业务系统全部实现接口方式对接,12 月底\n\n前与国家垂管系统“能接尽接”';
    expect(findDeadlines(text, 2021)).toEqual([
      { raw: '3月底前', date: '2021-03-31' },
      { raw: '12月底前', date: '2021-12-31' },
    ]);
  });

  it('finds year-end phrases (资阳, 巫山, 自贡 seeds)', () => {
    expect(findDeadlines('确保到 2021 年底，开办企业、办理建筑许可、获得电力、市场监管等 4 项指标进入全省前 10 位', 2021)).toEqual([
      { raw: '2021年底', date: '2021-12-31' },
    ]);
    expect(findDeadlines('推动74项高频政务服务事项“跨省通办”实现年内办理。', 2021)).toEqual([
      { raw: '年内', date: '2021-12-31' },
    ]);
    expect(findDeadlines('今年内评选AAA级和谐企业2家', 2021)).toEqual([{ raw: '今年内', date: '2021-12-31' }]);
    expect(findDeadlines('各区县政府力争在 2021 年底前完成本行政区域内现有产业园区的区域整体评价。', 2021)).toEqual([
      { raw: '2021年底前', date: '2021-12-31' },
    ]);
  });

  it('finds a day-precise deadline and full-width digits', () => {
    expect(findDeadlines('６月３０日前完成清理', 2021)).toEqual([{ raw: '6月30日前', date: '2021-06-30' }]);
    expect(findDeadlines('今年10月底前实现同一事项在成渝地区双城经济圈同标准受理', 2021)).toEqual([
      { raw: '今年10月底前', date: '2021-10-31' },
    ]);
  });

  it('does not match durations', () => {
    expect(findDeadlines('2021年新受理的破产简案办理期限原则上确保在3个月以内审结，繁案原则上在1年以内审结。', 2021)).toEqual([]);
    expect(findDeadlines('在3年内完成，半年内见效', 2021)).toEqual([]);
  });

  it('does not match starts', () => {
    expect(findDeadlines('3.从2021年6月1日起,将企业设立登记时间从3个工作日内压减到2个工作日内', 2021)).toEqual([]);
    expect(findDeadlines('压减开办企业时间，6月起实现开办企业4个工作小时办结。', 2021)).toEqual([]);
  });

  it('does not match recurring periods or plain dates', () => {
    expect(findDeadlines('按月监测、按季通报普惠型小微企业贷款“两增”目标完成情况', 2021)).toEqual([]);
    expect(findDeadlines('每月至少深入企业 1 次', 2021)).toEqual([]);
    expect(findDeadlines('每年底前报送', 2021)).toEqual([]);
    expect(findDeadlines('5月21日省级部门领导和部门座谈意见建议', 2021)).toEqual([]);
    expect(findDeadlines('5 月启动惠企政策“回头看”', 2021)).toEqual([]);
    expect(findDeadlines('4月、10月各组织1次面向外贸企业', 2021)).toEqual([]);
  });

  it('skips a 之前 that refers to a year before the plan (资阳 seed)', () => {
    expect(findDeadlines('76.完成不动产统一登记前(2016年8月29日之前)房屋登记档案纸质资料数字化', 2021)).toEqual([]);
  });

  it('still takes that phrase when the plan year is not later (known false positive)', () => {
    expect(findDeadlines('(2016年8月29日之前)房屋登记档案', 2016)).toEqual([{ raw: '2016年8月29日之前', date: '2016-08-29' }]);
  });

  it('returns [] for empty text', () => {
    expect(findDeadlines('', 2021)).toEqual([]);
  });
});
