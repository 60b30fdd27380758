/** Numbers that are not targets (see scan-quantities.ts for why each is excluded). */
import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../../scripts/lib/enrich/extract-targets.ts';

const values = (text: string) => extractTargets(text).map((t) => `${t.value}${t.unit}`);

describe('non-targets', () => {
  it('years and dates', () => {
    expect(values('2021年新受理的破产简案办理期限原则上确保在3个月以内审结')).toEqual(['3月']);
    expect(values('自贡市 2021 年营商环境指标提升工作方案')).toEqual([]);
    expect(values('9月底前市县乡三级在省一体化政务服务平台中完成事项认领发布工作')).toEqual([]);
    expect(values('于今年6月底前完成系统对接和试运行工作，今年7月1日起全市统一上线运行电子化交易系统')).toEqual([]);
    expect(values('从2021年6月1日起实施；6 月 30 日前出台；根据5月21日省级部门领导和部门座谈意见建议')).toEqual([]);
    expect(values('完成不动产统一登记前(2016年8月29日之前)房屋登记档案的移交；《四川省公共信用信息目录（2023年版）》')).toEqual([]);
  });

  it('hotline and phone numbers', () => {
    expect(values('建立“12345”热线互转机制，拓展12366热线功能')).toEqual([]);
    expect(values('含12345网络理政平台、设立投诉箱、政务服务投诉电话26110203、大厅投诉电话26111558')).toEqual([]);
    expect(values('加快清理除110、119、120、122等紧急热线外的政务服务便民热线')).toEqual([]);
  });

  it('document numbers', () => {
    expect(values('川办发〔2021〕17 号')).toEqual([]);
    expect(values('按照财税〔2016〕23号文件规定')).toEqual([]);
    expect(values('《执法机关和司法机关向纪检监察机关移送问题线索工作办法》（厅字〔2019〕50 号）规定')).toEqual([]);
  });

  it('formulas: 5+1, 1+N, 4+2, 1+X', () => {
    expect(values('聚焦“5+1”现代工业体系和知识产权密集型产业')).toEqual([]);
    expect(values('立足破产审判“1+N”协调联动机制')).toEqual([]);
    expect(values('等“4+2”重点行业突出问题系统治理；继续推进1+X证书制度')).toEqual([]);
  });

  it('voltage, network generations, areas and lengths', () => {
    expect(values('对于10千伏普通用户，供电企业在10个工作日内完成供电方案答复')).toEqual(['10工作日']);
    expect(values('开展5G网络建设，实现行政村光纤宽带和4G网络全覆盖')).toEqual([]);
    expect(values('对高压接入方式下长度在 500 米、道路挖掘在 30 米以内的外线工程，低压接入方式下长度在 150 米、道路挖掘在 10 米以内的外线工程')).toEqual([]);
    expect(values('实现城市地区用电报装容量160千瓦及以下、农村地区100千瓦及以下的小微企业用电报装“零投资”')).toEqual([]);
  });

  it('service hours: 7×24小时, 24 小时不打烊, 24小时自助', () => {
    expect(values('提供“7×24小时”全天候人工服务；落实7×24小时预约通关；保障成都空港口岸“7×24”小时通关服务')).toEqual([]);
    expect(values('实现群众查询不动产登记信息“0 跑路”“24 小时不打烊”')).toEqual([]);
    expect(values('建设1个以上24小时自助办税服务厅')).toEqual(['1个']);
    expect(values('对符合要求的增值税留抵退税，24小时内完成退库')).toEqual(['24小时']);
  });

  it('scope limits: which projects a rule covers', () => {
    expect(values('对工程投资额在100万元以下（含100万元）或者建筑面积在500平方米以下（含500平方米）的房屋建筑和市政基础设施工程，可以不申办施工许可证')).toEqual([]);
    expect(values('工程投资额 100 万元及以下或者建筑面积 500 平方米及以下的小型低风险仓库、厂房等建设项目，可以不办理施工许可证')).toEqual([]);
    expect(values('对主营业务收入首次突破1亿元的中小微企业，给予3万元奖励')).toEqual(['3万元']);
  });

  it('slogans with Chinese numerals', () => {
    expect(values('实现“最多跑一次”，推行“一件事一次办”，全面推行“一网通办”，推进“十税合一”申报')).toEqual([]);
    expect(values('启动“和谐同行”能力提升三年行动计划；开展政务服务流程再造“百日冲刺”行动；第二批川渝通办事项')).toEqual([]);
    expect(values('“十四五”规划；落实金融顾问团“五个一”工作机制；一次性告知')).toEqual([]);
  });

  it('numbers without a unit', () => {
    expect(values('通过“4.26”知识产权宣传周、“5.10”中国品牌日等活动')).toEqual([]);
    expect(values('争取更多世界 500 强、行业龙头企业落户')).toEqual([]);
  });
});
