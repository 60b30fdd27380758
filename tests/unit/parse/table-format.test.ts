import { describe, expect, it } from 'vitest';
import { COLUMN_NAMES, columnRole } from '../../../scripts/lib/parse/column-role.ts';
import { findTables, headerFormat } from '../../../scripts/lib/parse/find-tables.ts';
import { createParseLog } from '../../../scripts/lib/parse/parse-log.ts';
import { parseTable } from '../../../scripts/lib/parse/parse-table.ts';
import { splitPipeRow } from '../../../scripts/lib/parse/split-pipe-row.ts';
import { tableRows } from '../../../scripts/lib/parse/table-rows.ts';
import type { SourceLine } from '../../../src/model/schema.ts';

const lines = (...texts: string[]): SourceLine[] => texts.map((text, i) => ({ n: i + 1, text }));

describe('column names as data', () => {
  it('every listed task name makes a header in both row formats, with its role', () => {
    const tasks = COLUMN_NAMES.find((c) => c.role === 'measure')!.names;
    for (const name of tasks) {
      expect(headerFormat(`序号\t${name}\t牵头单位\t完成时限`), name).toBe('tab');
      expect(headerFormat(`| ${name} | 责任单位 |`), name).toBe('pipe');
    }
    expect(['编号', '协办单位', '牵头领导', '进度安排', '重点领域', '工作目标'].map(columnRole)).toEqual(['number', 'partners', 'leader', 'deadline', 'group1', 'other']);
  });

  it('needs a task column and one more known column; unknown names or 备注 alone are no header', () => {
    expect(headerFormat('| 甲 | 乙 | 丙 |')).toBeNull();
    expect(headerFormat('重点任务\t备注')).toBeNull();
    expect(headerFormat('推行“一网通办|一窗受理”改革')).toBeNull();
    expect(headerFormat('序号 | 重点任务 | 牵头单位')).toBe('pipe');
  });

  it('reads a second units column as partners: "牵头单位 | 责任单位"', () => {
    const t = parseTable(lines('| 序号 | 重点任务 | 牵头单位 | 责任单位 | 完成时限 |', '| 1 | 推进改革。 | 市发展改革委 | 市财政局、市税务局 | 6月底前 |'));
    expect(t.columns.map((c) => c.role)).toEqual(['number', 'measure', 'units', 'partners', 'deadline']);
    expect(t.rows[0]!.cells).toEqual(['1', '推进改革。', '市发展改革委', '市财政局、市税务局', '6月底前']);
  });

  it('gives group columns levels in header order, and joins two task columns', () => {
    const t = parseTable(lines('| 序号 | 领域 | 事项 | 重点任务 | 具体措施 | 牵头部门 |', '| 1 | 开办企业 | 流程 | 提速 | 一日办结。 | 区市场监管局 |'));
    expect(t.columns.map((c) => c.role)).toEqual(['number', 'group1', 'group2', 'measure', 'measure', 'units']);
    expect(t.rows[0]).toMatchObject({ number: 1, groups: ['开办企业', '流程'], measureText: '提速\n一日办结。' });
  });
});

describe('splitPipeRow', () => {
  it('drops outer pipes when present, keeps empty inner cells, unescapes "\\|", logs every removed character', () => {
    const log = createParseLog();
    expect(splitPipeRow('| 1 | 推进“一网通办\\|一窗受理” | | 6月底前 |', 3, log)).toEqual([' 1 ', ' 推进“一网通办|一窗受理” ', ' ', ' 6月底前 ']);
    expect(splitPipeRow('1 | 推进 | 市局', 4, log)).toEqual(['1 ', ' 推进 ', ' 市局']);
    expect(log.artefacts).toEqual({ 'markdown-table-pipe': 7, 'markdown-escape': 1 });
    expect(log.edits.map((e) => e.removed)).toEqual(['|||||', '\\', '||']);
  });
});

describe('tableRows: rows broken over lines', () => {
  it('joins a markdown row continued on the next line until it has every cell', () => {
    const rows = tableRows(lines('| 1 | 推进改革，', '实现全程网办。 | 市局 | 6月底前 |', '| 2 | 推广执照。 | 市局 | 9月底前 |'), 'pipe', 4);
    expect(rows).toEqual([{ n: 1, text: '| 1 | 推进改革，\n实现全程网办。 | 市局 | 6月底前 |' }, { n: 3, text: '| 2 | 推广执照。 | 市局 | 9月底前 |' }]);
  });

  it('joins a Word row whose first cell spans lines without tabs; a group row and a note stand alone', () => {
    const rows = tableRows(lines('一、开办企业', '推行一网通办；', '实现一次办结。\t市局\t6月底前', '注：以上任务持续推进。', '二、纳税'), 'tab', 3);
    expect(rows.map((r) => r.text)).toEqual(['一、开办企业', '推行一网通办；\n实现一次办结。\t市局\t6月底前', '注：以上任务持续推进。', '二、纳税']);
  });
});

describe('findTables: where a table ends', () => {
  it('a markdown table ends at a blank line followed by text, or at text right after a complete row', () => {
    const src = lines('| 重点任务 | 牵头单位 |', '| --- | --- |', '| 推进改革。 | 市局 |', '', '二、保障措施', '| 重点任务 | 牵头单位 |', '| 推进改革。 | 市局 |', '各地要抓好落实。');
    expect(findTables(src)).toEqual([{ start: 0, end: 3, format: 'pipe' }, { start: 5, end: 7, format: 'pipe' }]);
  });

  it('a tab table keeps a long first-cell line of a Word row, and ends at long text or a footer', () => {
    const long = '推行企业开办全程网上办理，实现营业执照、公章刻制、发票申领、社保登记一次办结，';
    const src = lines('工作任务\t责任单位\t时间节点', long, '全程不超过一个工作日。\t市局\t6月底前', '', '各县（区）要结合实际抓好落实，确保各项任务按期完成并取得实效。', '工作任务\t责任单位\t时间节点', '推进改革。\t市局\t9月底前', '抄送：市委办公室。');
    expect(findTables(src)).toEqual([{ start: 0, end: 3, format: 'tab' }, { start: 5, end: 7, format: 'tab' }]);
  });
});

describe('parseTable: whole rows', () => {
  it('a 领域 cell written once names its group until the next one; a PDF row keeps 配合单位 in its column', () => {
    const t = parseTable(lines('领域 | 工作任务 | 牵头单位 | 配合单位', '开办企业 | 推进一网通办。 | 市局 | 市税务局', ' | 推广电子执照。 | 市局 |', '纳税 | 推行非接触办税。 | 市税务局 |'));
    expect(t.rows.map((r) => [r.number, r.label, r.groups])).toEqual([[1, null, ['开办企业']], [2, null, ['开办企业']], [3, null, ['纳税']]]);
    const pdf = parseTable(lines('序号\t具体措施\t牵头单位\t配合单位\t完成时限', '1\t推进改革\t市财政局\t市税务局、市人社局\t6月底前', '2\t推广执照\t\t市税务局\t9月底前'));
    expect(pdf.rows.map((r) => r.cells.slice(2, 4))).toEqual([['市财政局', '市税务局、市人社局'], ['', '市税务局']]);
  });
});

describe('parseTable: 序号 counted per group', () => {
  it('a whole row whose number restarts is the next measure, labelled as written', () => {
    const t = parseTable(lines('| 序号 | 重点任务 | 牵头单位 |', '| 一、开办企业 | | |', '| 1 | 推进一网通办。 | 市局 |', '| 2 | 推广电子执照。 | 市局 |', '| 二、纳税 | | |', '| 1 | 推行非接触办税。 | 市税务局 |'));
    expect(t.rows.filter((r) => r.kind === 'row').map((r) => [r.number, r.label, r.groups])).toEqual([[1, '1', ['一、开办企业']], [2, '2', ['一、开办企业']], [3, '1', ['二、纳税']]]);
  });
});

describe('findTables: PDF text', () => {
  it('a short fragment stranded by a page break stays, and the prose after it still ends the table', () => {
    const prose = '各县（区）、市级各部门要对照任务分工，细化工作措施，明确时间节点，确保各项改革任务落地见效。';
    const src = lines('序号\t具体措施\t牵头单位\t完成时限', '1\t推进改革\t市发展改革委\t6月底前', '副市长', prose);
    expect(findTables(src)).toEqual([{ start: 0, end: 3, format: 'tab' }]);
  });
});

describe('parseTable: 配合单位 over a page break', () => {
  it('a units fragment completes the cut-off 配合单位 cell, not the finished 牵头单位 one', () => {
    const t = parseTable(lines('序号\t具体措施\t牵头单位\t配合单位\t完成时限', '1\t推进改革\t市财政局\t市税务局、市人社\t6月底前', '局、市医保局'));
    expect(t.rows[0]!.cells.slice(2, 4)).toEqual(['市财政局', '市税务局、市人社局、市医保局']);
  });
});

describe('parseTable: a Word copy with 序号 and an unlabelled 领域 column', () => {
  it('each 领域 name opens its group; rows without one stay in it', () => {
    const t = parseTable(lines('序号\t领域\t工作措施\t牵头单位\t完成时限', '1\t开办企业\t推进一网通办。\t市局\t6月底前', '2\t\t推广电子执照。\t市局\t9月底前', '3\t获得电力\t压减接电时间。\t供电公司\t10月底前'));
    expect(t.rows.map((r) => [r.number, r.groups])).toEqual([[1, ['开办企业']], [2, ['开办企业']], [3, ['获得电力']]]);
  });
});

describe('parseTable: group rows of whole tables', () => {
  it('a lone label in the 序号 column names a group even as a sentence; in the task column a sentence is a measure', () => {
    const t = parseTable(lines('| 序号 | 重点任务 | 牵头单位 |', '| 一、持续优化政务服务。 | | |', '| 1 | 推进一网通办。 | 市局 |'));
    expect(t.rows.map((r) => [r.kind, r.number, r.groups])).toEqual([['group', null, ['一、持续优化政务服务。']], ['row', 1, ['一、持续优化政务服务。']]]);
    const u = parseTable(lines('| 重点任务 | 牵头单位 |', '| （一）推行“一网通办”，实现全程网办。 | |'));
    expect(u.rows.map((r) => [r.kind, r.number])).toEqual([['row', 1]]);
  });
});

describe('parseTable: a Word copy with 序号, a task cell going on without tabs', () => {
  it('text that says nothing about itself continues the task cell, never the 序号 cell', () => {
    const t = parseTable(lines('序号\t主要任务\t责任部门\t进度安排', '1\t推进政务服务标准化；', '实现同事同标', '\t县政务服务中心\t9月底前'));
    expect(t.rows[0]!.cells).toEqual(['1', '推进政务服务标准化；实现同事同标', '县政务服务中心', '9月底前']);
  });
});
