/**
 * Task tables in the layouts used across the country, through the real pipeline (ingest → parse →
 * enrich): each fixture in tests/fixtures/layouts/tables/ is a small plan, a title and one table.
 * Measures are checked field by field, and every character of the source is accounted for.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../scripts/lib/build-plans.ts';
import { assemblePlan } from '../../../scripts/lib/enrich/assemble-plan.ts';
import { decodeSource } from '../../../scripts/lib/ingest/decode-source.ts';
import { Plan } from '../../../src/model/schema.ts';
import { charCounts, countDiff, modelText } from '../../golden/model-text.ts';
import { CURATED } from '../../golden/seeds.ts';

const DIR = new URL('../../fixtures/layouts/tables/', import.meta.url);

function load(name: string) {
  const file = { name, bytes: new Uint8Array(readFileSync(new URL(name, DIR))) };
  const src = ingest(file);
  return { file, src, plan: assemblePlan(src, CURATED.regions, CURATED.content, () => false) };
}

/** The facts of a measure a table gives: text start, leads, partners, deadline, path. */
const facts = (p: Plan) =>
  p.measures.map((m) => ({ text: m.text.slice(0, 8), leads: m.leads, partners: m.partners, deadline: m.deadline, path: m.path }));

// Artefacts documented in README "Fidelity"; the markdown ones are new with pipe tables.
const DOCUMENTED = new Set(['markdown-heading', 'markdown-bold', 'markdown-rule', 'markdown-table-pipe', 'markdown-escape', 'html-br-tag', 'excel-quote', 'repeated-header', 'leader-list-separator']);

const CASES: [string, number, ReturnType<typeof facts>][] = [
  // markdown, outer pipes, alignment colons, "\|", "<br>", a row continued on the next line, group rows (one bold)
  ['pipe-partners.md', 3, [
    { text: '推行企业开办“一', leads: ['市市场监管局'], partners: ['市公安局', '市税务局'], deadline: { raw: '2022年6月底前', date: '2022-06-30' }, path: ['一、开办企业'] },
    { text: '压缩企业开办时间', leads: ['市市场监管局'], partners: [], deadline: { raw: '9月底前', date: '2022-09-30' }, path: ['一、开办企业'] },
    { text: '推进工程建设项目', leads: ['市住房城乡建设局'], partners: ['市自然资源和规划局', '市行政审批局'], deadline: { raw: '持续推进', date: null }, path: ['二、办理建筑许可'] },
  ]],
  // markdown without outer pipes and without 序号: rows numbered in order
  ['pipe-bare-unnumbered.md', 3, [
    { text: '推行政务服务事项', leads: ['县行政审批局'], partners: [], deadline: { raw: '2023年6月', date: '2023-06-30' }, path: ['一、政务服务'] },
    { text: '推进“跨省通办”', leads: ['县行政审批局', '县大数据中心'], partners: [], deadline: { raw: '2023年12月底前', date: '2023-12-31' }, path: ['一、政务服务'] },
    { text: '全面推行“双随机', leads: ['县市场监管局'], partners: [], deadline: { raw: '长期坚持', date: null }, path: ['二、市场监管'] },
  ]],
  // 领域 group column written once per group, 重点任务 + 具体措施 joined, 配合部门
  ['pipe-area-detail.md', 3, [
    { text: '提升开办便利度\n', leads: ['区市场监管局'], partners: ['区税务局'], deadline: { raw: '6月底前', date: '2022-06-30' }, path: ['开办企业'] },
    { text: '推广电子营业执照', leads: ['区市场监管局'], partners: [], deadline: { raw: '12月底前', date: '2022-12-31' }, path: ['开办企业'] },
    { text: '压减接电时间\n低', leads: ['国网示例供电公司'], partners: ['区发展改革局', '区住房城乡建设局'], deadline: { raw: '10月底前', date: '2022-10-31' }, path: ['获得电力'] },
  ]],
  // Word copy without 序号: a first cell broken over lines without tabs, an empty cell, merged group rows
  ['tab-word-unnumbered.txt', 3, [
    { text: '推行企业开办“一', leads: ['市市场监管局'], partners: ['市公安局', '市税务局'], deadline: { raw: '2022年6月底前', date: '2022-06-30' }, path: ['一、开办企业'] },
    { text: '推广电子营业执照', leads: ['市市场监管局'], partners: [], deadline: { raw: '2022年12月底前', date: '2022-12-31' }, path: ['一、开办企业'] },
    { text: '推行非接触式办税', leads: ['市税务局'], partners: [], deadline: { raw: '持续推进', date: null }, path: ['二、纳税'] },
  ]],
  // Word copy with 序号: the task cell goes on on a line without tabs
  ['tab-word-numbered.txt', 3, [
    { text: '推进政务服务标准', leads: ['县政务服务中心'], partners: [], deadline: { raw: '2021年9月底前', date: '2021-09-30' }, path: ['（一）优化政务服务'] },
    { text: '推进“互联网+监', leads: ['县市场监管局'], partners: [], deadline: { raw: '2021年12月', date: '2021-12-31' }, path: ['（一）优化政务服务'] },
    { text: '保障重点项目用地', leads: ['县自然资源局'], partners: [], deadline: { raw: '持续推进', date: null }, path: ['（二）优化要素保障'] },
  ]],
  // Excel copy: cells with line breaks wrapped in quotes, inner quotes doubled
  ['tab-excel-quoted.txt', 3, [
    { text: '推行企业开办“一', leads: ['市市场监管局'], partners: ['市税务局'], deadline: { raw: '2022年6月底前', date: '2022-06-30' }, path: [] },
    { text: '推广电子营业执照', leads: ['市市场监管局'], partners: [], deadline: { raw: '2022年9月底前并持续推进', date: '2022-09-30' }, path: [] },
    { text: '推行非接触式办税', leads: ['市税务局'], partners: [], deadline: { raw: '持续推进', date: null }, path: [] },
  ]],
  // PDF text like 四川's 分工表 with 编号 / 主责单位 / 参与单位, the header repeated after a page break
  ['pdf-text-partners.txt', 4, [
    { text: '全面推行工程建设', leads: ['州住房城乡建设局'], partners: ['州行政审批局'], deadline: { raw: '6月底前', date: '2022-06-30' }, path: ['一、优化审批服务'] },
    { text: '推动不动产登记与', leads: ['州自然资源局'], partners: ['州供水公司', '州燃气公司'], deadline: { raw: '9月底前', date: '2022-09-30' }, path: ['一、优化审批服务'] },
    { text: '开展营商环境第三', leads: ['州发展改革委'], partners: [], deadline: { raw: '12月底前', date: '2022-12-31' }, path: ['一、优化审批服务'] },
    { text: '建立涉企行政执法', leads: ['州司法局'], partners: ['州级各执法部门'], deadline: { raw: '2022年11月', date: '2022-11-30' }, path: ['二、强化法治保障'] },
  ]],
  // 序号 cells "1." and bare numerals "一" / "（一）" with the group's name in the next cell;
  // header names with a note in brackets ("牵头单位（部门）"), "序 号" with a space
  ['pipe-numeral-groups.md', 3, [
    { text: '推行高频事项“免', leads: ['市政务服务中心'], partners: ['市大数据局'], deadline: { raw: '2024年6月', date: '2024-06-30' }, path: ['一 提升政务服务效能', '（一） 深化“一网通办”'] },
    { text: '12345热线与', leads: ['市政务服务中心'], partners: [], deadline: { raw: '2024年9月', date: '2024-09-30' }, path: ['一 提升政务服务效能', '（一） 深化“一网通办”'] },
    { text: '推行包容审慎监管', leads: ['市司法局'], partners: ['市市场监管局', '市生态环境局'], deadline: { raw: '2024年12月', date: '2024-12-31' }, path: ['二 优化法治环境'] },
  ]],
  // PDF text like 资阳's 清单: a 类别 group column, "1." in the task cell, 牵头领导, 备注
  ['pdf-text-category.txt', 3, [
    { text: '压减用水报装时间', leads: ['市水务局'], partners: [], deadline: { raw: '2023年6月', date: '2023-06-30' }, path: ['一、获得用水用气'] },
    { text: '推行用气报装“零', leads: ['市住房城乡建设局'], partners: [], deadline: { raw: '2023年9月', date: '2023-09-30' }, path: ['一、获得用水用气'] },
    { text: '推行不动产登记“', leads: ['市自然资源和规划局'], partners: [], deadline: { raw: '2023年12月', date: '2023-12-31' }, path: ['二、登记财产'] },
  ]],
];

describe('task tables in national layouts, through the pipeline', () => {
  for (const [name, count, expected] of CASES) {
    it(`${name}: ${count} measures with leads, partners, deadlines and paths`, () => {
      const { plan } = load(name);
      expect(plan.measures).toHaveLength(count);
      expect(facts(plan)).toEqual(expected);
      expect(plan.measures.map((m) => m.n)).toEqual(expected.map((_, i) => i + 1));
      expect(plan.warnings.filter((w) => w.line !== null)).toEqual([]);
      expect(Plan.safeParse(plan).error).toBeUndefined();
    });

    it(`${name}: every source character reaches the model, except logged artefacts`, () => {
      const { file, src, plan } = load(name);
      for (const e of src.doc.edits) expect(DOCUMENTED, `undocumented artefact kind ${e.kind}`).toContain(e.kind);
      const expectedChars = charCounts([decodeSource(file.name, file.bytes).text]);
      for (const [ch, n] of charCounts(src.doc.edits.map((e) => e.removed))) expectedChars.set(ch, (expectedChars.get(ch) ?? 0) - n);
      for (const [ch, n] of charCounts(src.doc.edits.map((e) => e.added))) expectedChars.set(ch, (expectedChars.get(ch) ?? 0) + n);
      expect(countDiff(expectedChars, charCounts(modelText(plan)))).toEqual({});
    });
  }

  it('keeps the cell of a 备注 column in place and the line breaks of a markdown or Excel cell', () => {
    const table = (name: string) => load(name).plan.blocks.find((b) => b.type === 'table')!;
    const category = table('pdf-text-category.txt');
    expect(category.type === 'table' && category.rows[1]!.cells).toEqual(['', '2.推行用气报装“零材料”。', '市住房城乡建设局', '李明', '2023年9月', '新增']);
    const pipes = table('pipe-partners.md');
    expect(pipes.type === 'table' && pipes.columns.map((c) => c.role)).toEqual(['number', 'measure', 'units', 'partners', 'deadline']);
    expect(pipes.type === 'table' && pipes.rows[2]!.cells[1]).toBe('压缩企业开办时间至1个工作日以内；\n推行电子营业执照。');
    expect(pipes.type === 'table' && pipes.rows[1]!.cells[1]).toContain('“一网通办|一窗受理”');
    const excel = table('tab-excel-quoted.txt');
    expect(excel.type === 'table' && excel.rows[0]!.cells[1]).toBe('推行企业开办“一网通办”；\n实现"一次办结"。');
  });
});
