/**
 * Primary indicators on plans from anywhere in China (issue 12): the national vocabulary of each
 * indicator (国务院/发改委 营商环境评价 terms) and the heading rules, on measures written for this test
 * in the style of provincial, city and county plans (not taken from the seeds or the fixtures).
 */
import { describe, expect, it } from 'vitest';
import { classifyMeasure } from '../../../scripts/lib/enrich/classify-measure.ts';
import { content } from './content.ts';

const primary = (path: string[], title: string | null, text: string) => classifyMeasure({ path, title, text }, content.taxonomy, content.lexicon).indicators[0];
const TASKS = ['二、重点任务'];

// [expected primary, run-in title or null, text]; every measure sits under a theme heading that names no indicator.
const NATIONAL: Array<[string, string | null, string]> = [
  ['starting-business', '深化商事登记改革。', '深化商事登记改革。推行经营主体登记全程电子化，经营范围规范化登记，完善歇业备案制度。'],
  ['starting-business', null, '推行企业简易注销，公告时间压缩至20日。'],
  ['starting-business', null, '全面推行“多证合一”，实现市场主体准入准营同步提速。'],
  ['water-gas', '优化用水报装服务。', '优化用水报装服务。推行用水报装“零材料”办理，无外线工程的供水接入不超过3个工作日。'],
  ['construction-permits', null, '推行企业投资项目承诺制，实现“拿地即开工”，联合图审时间压缩至5个工作日。'],
  ['construction-permits', null, '社会投资简易低风险项目全流程审批不超过15个工作日，推行竣工联合验收。'],
  ['land', null, '推行新增工业用地“标准地”出让，探索弹性年期供应和先租后让。'],
  ['land', null, '开展低效用地再开发，推进点状供地，保障重点项目用地需求。'],
  ['market-regulation', null, '规范涉企行政检查，推行“综合查一次”，减少对企业正常生产经营的干扰。'],
  ['market-regulation', null, '推行轻微违法行为首违不罚清单，全面实行“双随机、一公开”监管。'],
  ['market-regulation', null, '规范城市管理部门执法行为，杜绝随意执法和多头执法。'],
  ['government-services', null, '完善企业诉求“接诉即办”机制，推行帮办代办和“免申即享”。'],
  ['government-services', '实施行政许可事项清单管理。', '实施行政许可事项清单管理。县级清单年内公布，清单之外不得违法实施行政许可。'],
  ['government-services', null, '推进相对集中行政许可权改革，划转事项目录向社会公布。'],
  ['intellectual-property', null, '加强商业秘密保护，建设知识产权维权援助工作站。'],
  ['enforcing-contracts', null, '商事案件平均审理时间压缩至80日以内，推进诉调对接和多元解纷。'],
  ['resolving-insolvency', null, '推行简易破产程序和预重整，简易破产案件6个月内审结。'],
  ['getting-credit', null, '推广“科技贷”和专利质押融资，开展银企对接活动。'],
  ['registering-property', null, '推行新建商品房“交房即交证”和“房地一体”登记。'],
  ['labor-market', null, '实施技能人才培育计划，年内新增高技能人才2000人，治理拖欠农民工工资问题。'],
];

describe('national vocabulary decides the primary indicator', () => {
  it.each(NATIONAL)('%s: %s %s', (id, title, text) => {
    expect(primary(TASKS, title, text)).toBe(id);
  });
});

describe('headings', () => {
  it('a heading inside the one naming 政务服务 with a core term of another indicator wins ("深化“互联网+监管”")', () => {
    const path = ['二、重点任务', '（一）优化政务服务', '3．深化“互联网+监管”'];
    expect(primary(path, null, '推行以信用为基础的分级分类监管，覆盖重点行业。')).toBe('market-regulation');
  });

  it('a heading inside the named one without a core term of another indicator keeps the named one', () => {
    const path = ['二、重点任务', '（一）优化政务服务', '3．提升办事效率'];
    expect(primary(path, null, '推行以信用为基础的分级分类监管，覆盖重点行业。')).toBe('government-services');
  });

  it('a heading naming an indicator still decides over the keywords of the text', () => {
    const path = ['二、攻坚任务', '（四）获得信贷'];
    expect(primary(path, null, '推广知识产权质押，年内新增专利质押登记50件。')).toBe('getting-credit');
  });

  it('safeguard items under 保障措施 are general', () => {
    const path = ['三、保障措施'];
    expect(primary(path, '加强组织领导。', '加强组织领导。成立工作专班，明确责任分工，定期督查通报。')).toBe('general');
  });

  it('items under 工作要求 are general too', () => {
    expect(primary(['三、工作要求'], null, '各责任单位每月底前报送工作进展情况，确保各项任务按期完成。')).toBe('general');
  });

  it('a safeguard item without a safeguard heading is general by its own terms', () => {
    expect(primary([], '强化督查考核。', '强化督查考核。将任务落实情况纳入绩效考核，对工作不力的追责问责。')).toBe('general');
  });
});
