import { describe, expect, it } from 'vitest';
import { assignRoles, measureDepth } from '../../../scripts/lib/parse/measure-depth.ts';

const roles = (...texts: string[]) => measureDepth(texts)?.roles ?? null;

describe('measureDepth', () => {
  it('takes the deepest label kind numbering at least three task items', () => {
    expect(roles('一、总体', '（一）甲', '1.目标任务。', '2.工作举措。', '(1)甲', '(2)乙', '(3)丙')).toEqual(['heading', 'heading', 'heading', 'heading', 'measure', 'measure', 'measure']);
    // A stray "①" inside one measure is its text, not a level.
    expect(roles('一、总体', '（一）甲。', '（二）乙。', '（三）丙。推行全程网办。', '①孤立')).toEqual(['heading', 'measure', 'measure', 'measure', 'text']);
    expect(roles('一、总体', '（一）甲。', '（二）乙。', '（三）丙', '推行全程网办：', '①孤立')).toEqual(['heading', 'measure', 'measure', 'measure', 'text', 'text']);
    expect(roles('没有编号的文字。')).toBeNull();
  });
  it('counts numbering that restarts in every section', () => {
    expect(roles('一、甲', '1．a', '2．b', '二、乙', '1．c', '2．d')).toEqual(['heading', 'measure', 'measure', 'heading', 'measure', 'measure']);
  });
  it('keeps framing sections out: goals are never measures; safeguard items at the measure level are (indicator general)', () => {
    expect(roles('一、总体要求', '（一）主要目标', '1．到2022年底，甲。', '2．乙。', '3．丙。', '二、重点任务', '（一）甲。', '（二）乙。', '（三）丙。', '三、保障措施', '（一）加强组织领导。', '（二）强化督查。', '（三）加强宣传。'))
      .toEqual(['prose', 'prose', 'prose', 'prose', 'prose', 'heading', 'measure', 'measure', 'measure', 'heading', 'measure', 'measure', 'measure']);
  });
  it('does not let safeguard items decide the measure level', () => {
    expect(roles('一、重点任务', '（一）甲', '1．a。', '2．b。', '3．c。', '二、保障措施', '（一）加强组织领导。', '（二）强化督查。', '（三）加强宣传。'))
      .toEqual(['heading', 'heading', 'measure', 'measure', 'measure', 'heading', 'heading', 'heading', 'heading']);
  });
  it('makes measures of items carrying their own markers, even two of them', () => {
    expect(roles('一、甲', '（一）推行一日办结。（牵头单位：市市场监管局）', '（二）推广电子执照。', '责任单位：市市场监管局')).toEqual(['heading', 'measure', 'measure', 'text']);
  });
  it('keeps an item with items below it a heading, even when a marker line follows it', () => {
    expect(roles('（一）深化审批制度改革', '牵头单位：市住房城乡建设局', '1．推行区域评估。', '2．实行联合验收。', '3．推进多图联审。')).toEqual(['heading', 'text', 'measure', 'measure', 'measure']);
    expect(roles('（一）甲。', '（二）乙。', '（三）丙。', '（四）深化税费改革', '1．推行电子发票。（牵头单位：市税务局）', '2．压缩退税时间。（牵头单位：市税务局）'))
      .toEqual(['measure', 'measure', 'measure', 'heading', 'measure', 'measure']);
  });
  it('takes "——" bullets as text unless they carry a marker', () => {
    expect(roles('（一）甲。', '——推进全程电子化；', '（二）乙。', '（三）丙。', '四、专项行动', '——开展涉企收费清理。（市发展改革委牵头）'))
      .toEqual(['measure', 'text', 'measure', 'measure', 'heading', 'measure']);
  });
  it('makes each 第X条 article a whole measure, labels inside it its text', () => {
    expect(roles('第一章 总则', '第一条 为优化营商环境，制定本措施。', '第二章 主要措施', '第二条 甲。', '第三条 乙：', '（一）a；', '（二）b；', '（三）c。', '第四条 丙。'))
      .toEqual(['prose', 'prose', 'heading', 'measure', 'measure', 'text', 'text', 'text', 'measure']);
  });
  it('makes no measures when a table numbers them', () => {
    expect(assignRoles(['一、甲', '（一）a。', '（二）b。', '（三）c。'], false).roles).toEqual(['heading', 'heading', 'heading', 'heading']);
  });
  it('keeps sub-points of a measure in its text when most of its sibling items are measures with a body', () => {
    const body = '推行企业开办全程网上办理，实现一日办结和零成本开办。';
    expect(roles('一、重点任务', `（一）甲。${body}`, `（二）乙。${body}`, '（三）丙，具体包括：', '1．a；', '2．b；', '3．c。', `（四）丁。${body}`))
      .toEqual(['heading', 'measure', 'measure', 'measure', 'text', 'text', 'text', 'measure']);
  });
  it('keeps a task titled like a safeguard among tasks a measure: a framing title must head a section', () => {
    expect(roles('（一）甲。', '（二）加强组织领导。完善工作推进机制。', '（三）丙。', '四、保障措施', '（一）加强督查。'))
      .toEqual(['measure', 'measure', 'measure', 'heading', 'measure']);
  });
  it('does not take bare headings with long lead notes for measures with a body', () => {
    const note = '（牵头单位：县科技局、县人力社保局、县市场监管局）';
    expect(roles('一、甲', `（一）乙${note}`, '1．a。', '2．b。', '3．c。', `（二）丙${note}`, `（三）丁${note}`))
      .toEqual(['heading', 'heading', 'measure', 'measure', 'measure', 'measure', 'measure']);
  });
  it('makes the items below a bare heading measures, even two where other sections number three measures', () => {
    expect(roles('一、甲', '（一）推行一日办结。', '（二）推广电子执照。', '二、乙', '（一）优化开办企业服务', '牵头单位：市市场监管局', '1．推行全程网办。', '2．压减申请材料。'))
      .toEqual(['heading', 'measure', 'measure', 'heading', 'heading', 'text', 'measure', 'measure']);
  });
});
