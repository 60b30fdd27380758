/**
 * One small plan per national layout (tests/fixtures/layouts/structure/*.txt) through the real
 * pipeline (ingest → parse → enrich): the measures' labels, paths and count, and the headings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPlans } from '../../../scripts/lib/build-plans.ts';
import type { Plan } from '../../../src/model/schema.ts';
import { ingest } from '../../../scripts/lib/build-plans.ts';
import { assemblePlan } from '../../../scripts/lib/enrich/assemble-plan.ts';
import { charCounts, countDiff, modelText } from '../../golden/model-text.ts';
import { CURATED } from '../../golden/seeds.ts';

const DIR = new URL('../../fixtures/layouts/structure/', import.meta.url);
const build = (name: string): Plan => {
  const { plans, errors } = buildPlans([{ name, bytes: new Uint8Array(readFileSync(new URL(name, DIR))) }], CURATED);
  expect(errors).toEqual([]);
  return plans[0]!;
};
const measures = (p: Plan) => p.measures.map((m) => [m.label, m.path.join(' > ')]);
const headings = (p: Plan) => p.blocks.flatMap((b) => (b.type === 'heading' ? [`${b.depth} ${b.label ?? ''}${b.title}`] : []));
const paragraphs = (p: Plan) => p.blocks.flatMap((b) => (b.type === 'paragraph' && b.role === 'body' ? [b.text] : []));

describe('structure of national layouts', () => {
  it('restart-numbers: "1．2．3．" under 一、 then "1．2．" under 二、 are all measures', () => {
    expect(measures(build('restart-numbers.txt'))).toEqual([
      ['1．', '一、提升政务服务效能'], ['2．', '一、提升政务服务效能'], ['3．', '一、提升政务服务效能'],
      ['1．', '二、降低企业经营成本'], ['2．', '二、降低企业经营成本'],
    ]);
  });
  it('prose-then-tasks: goals do not swallow the measure level; safeguard items at that level are measures', () => {
    const p = build('prose-then-tasks.txt');
    expect(measures(p)).toEqual([...[1, 2, 3, 4].map((n) => [`（${'一二三四'[n - 1]}）`, '二、重点任务']), ...[1, 2, 3].map((n) => [`（${'一二三'[n - 1]}）`, '三、保障措施'])]);
    expect(headings(p)).toEqual(['1 一、总体要求', '2 （一）指导思想', '2 （二）主要目标', '1 二、重点任务', '1 三、保障措施']);
    expect(paragraphs(p)).toContain('1．到2022年底，企业开办时间压缩至1个工作日以内。');
  });
  it('articles: each 第X条 of 若干措施 is a measure, labels inside it its text; 总则 and 附则 frame', () => {
    const p = build('articles.txt');
    expect(measures(p)).toEqual([['第二条', '第二章主要措施'], ['第三条', '第二章主要措施'], ['第四条', '第二章主要措施']]);
    expect(p.measures[1]!.text).toMatch(/具体包括：\n（一）推行不动产登记“一窗办理”；\n（二）/);
    expect(headings(p)).toEqual(['1 第一章总则', '1 第二章主要措施', '1 第三章附则']);
  });
  it('dash-items: principles stay paragraphs, list lines stay in their measure, marked bullets are measures', () => {
    const p = build('dash-items.txt');
    expect(measures(p)).toEqual([['（一）', '二、重点任务'], ['（二）', '二、重点任务'], ['（三）', '二、重点任务'], ['——', '三、专项行动'], ['——', '三、专项行动']]);
    expect(paragraphs(p).filter((t) => t.startsWith('——'))).toHaveLength(3);
    expect(p.measures[0]!.text).toBe('深化商事制度改革。主要做好以下工作：\n——推进企业登记全程电子化；\n——推行简易注销改革。');
    expect(p.measures[3]!.leads).toEqual(['市发展改革委']);
  });
  it('half-width: "(一)" and "1)" / "3）" labels; decimals, dates, percentages and hotlines are text', () => {
    const p = build('half-width.txt');
    expect(measures(p)).toEqual([['1)', '一、重点任务 > (一)开办企业'], ['2)', '一、重点任务 > (一)开办企业'], ['3）', '一、重点任务 > (一)开办企业'], ['4)', '一、重点任务 > (二)纳税服务'], ['5）', '一、重点任务 > (二)纳税服务']]);
    expect(p.measures.map((m) => m.text.split('\n').slice(1).map((l) => l.slice(0, 5)))).toEqual([[], ['1.5倍以'], ['2021.'], ['4.26知'], ['10%以上', '12345']]);
  });
  it('two-markers: two marked items are measures; a heading above items keeps its marker line as a paragraph', () => {
    const p = build('two-markers.txt');
    expect(measures(p)).toEqual([
      ['（一）', '一、优化开办企业服务'], ['（二）', '一、优化开办企业服务'],
      ['1．', '二、优化工程建设项目审批 > （一）深化审批制度改革'], ['2．', '二、优化工程建设项目审批 > （一）深化审批制度改革'], ['3．', '二、优化工程建设项目审批 > （一）深化审批制度改革'],
    ]);
    const i = p.blocks.findIndex((b) => b.type === 'heading' && b.title === '深化审批制度改革');
    expect(p.blocks[i + 1]).toMatchObject({ type: 'paragraph', text: '牵头单位：市住房城乡建设局' });
    expect(p.measures[2]!.text).toBe('推行区域评估。在各类开发区推行区域评估。\n责任单位：市自然资源规划局\n完成时限：2022年6月底前');
  });
  it('marked-sub-items: two marked "1．" items under a heading are measures beside four "（一）" measures', () => {
    const p = build('marked-sub-items.txt');
    expect(measures(p).map(([l]) => l)).toEqual(['（一）', '（二）', '（三）', '（四）', '1．', '2．']);
    expect(p.measures[4]!.path).toEqual(['一、重点任务', '（五）深化税费改革']);
  });
  it('nested: 一、（一）1．（1） with "(1)" measures under "2．工作举措", "1．目标任务" a heading', () => {
    const p = build('nested.txt');
    expect(measures(p)).toEqual([
      ['（1）', '一、重点任务 > （一）开办企业 > 2．工作举措'], ['（2）', '一、重点任务 > （一）开办企业 > 2．工作举措'],
      ['（1）', '一、重点任务 > （二）获得电力 > 2．工作举措'], ['（2）', '一、重点任务 > （二）获得电力 > 2．工作举措'],
    ]);
    expect(headings(p)).toContain('3 1．目标任务。');
    expect(headings(p).at(-1)).toBe('2 （一）加强组织领导。');
  });
  it('markdown: "**（一）…**", "### 1．…" and "- 2．…" come through as labels', () => {
    const p = build('markdown.txt');
    expect(measures(p)).toEqual([['1．', '一、重点任务 > （一）优化政务服务'], ['2．', '一、重点任务 > （一）优化政务服务'], ['3．', '一、重点任务 > （二）优化市场环境'], ['4．', '一、重点任务 > （二）优化市场环境']]);
  });
  it('sub-points: "1．2．3．" inside one of four body measures are its text, not the measure level', () => {
    const p = build('sub-points.txt');
    expect(measures(p)).toEqual(['（一）', '（二）', '（三）', '（四）'].map((l) => [l, '一、重点任务']));
    expect(p.measures[2]!.text.split('\n')).toHaveLength(4);
  });
  it.each(readdirSync(DIR).filter((n) => n.endsWith('.txt')))('%s: every character reaches the model, less logged artefacts', (name) => {
    const file = { name, bytes: new Uint8Array(readFileSync(new URL(name, DIR))) };
    const src = ingest(file);
    const plan = assemblePlan(src, CURATED.regions, CURATED.content, () => false);
    const expected = charCounts([new TextDecoder().decode(file.bytes)]);
    for (const [ch, n] of charCounts(src.doc.edits.map((e) => e.removed))) expected.set(ch, (expected.get(ch) ?? 0) - n);
    for (const [ch, n] of charCounts(src.doc.edits.map((e) => e.added))) expected.set(ch, (expected.get(ch) ?? 0) + n);
    expect(countDiff(expected, charCounts(modelText(plan)))).toEqual({});
  });
});
