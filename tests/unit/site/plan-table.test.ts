import { describe, expect, it } from 'vitest';
import { planTableView } from '../../../src/lib/plan-table.ts';
import type { Measure, TableBlock } from '../../../src/model/schema.ts';

/** A measure with only what the table view reads. */
const measure = (n: number, label: string, date: string | null): Measure =>
  ({ n, label, anchor: `m${n}`, deadline: date ? { raw: '', date } : null }) as unknown as Measure;

describe('planTableView', () => {
  it('四川省: group rows shown once even though the measure rows repeat them as their groups; 序号 is the permalink', () => {
    const table: TableBlock = {
      type: 'table', id: 't1', caption: '分工表', notes: [], line: 1,
      columns: [{ name: '序号', role: 'number' }, { name: '具体措施', role: 'measure' }, { name: '完成时限', role: 'deadline' }],
      rows: [
        { kind: 'group', cells: ['一、深入开展“三项重点改革”', '', ''], groups: [], measure: null, line: 2 },
        { kind: 'group', cells: ['(一)纵深推进', '', ''], groups: [], measure: null, line: 3 },
        { kind: 'row', cells: ['1', '推进政务服务事项标准化', '9月底前'], groups: ['一、深入开展“三项重点改革”', '(一)纵深推进'], measure: 1, line: 4 },
        { kind: 'row', cells: ['2', '出台管理办法', ''], groups: ['一、深入开展“三项重点改革”', '(二)持续深化'], measure: 2, line: 5 },
      ],
    };
    const view = planTableView(table, new Map([[1, measure(1, '1', '2021-09-30')], [2, measure(2, '2', null)]]));
    expect(view.rows.map((r) => (r.kind === 'group' ? `${r.level}:${r.text}` : r.anchor))).toEqual(['1:一、深入开展“三项重点改革”', '2:(一)纵深推进', 'm1', '2:(二)持续深化', 'm2']);
    const row = view.rows[2]!;
    if (row.kind !== 'row') throw new Error('expected a row');
    expect(row.cells.map((c) => [c.tag, c.role, c.content])).toEqual([
      ['th', 'number', { kind: 'link', href: '#m1', title: '措施 1 的固定链接', label: '1', rest: null }],
      ['td', 'measure', { kind: 'text', text: '推进政务服务事项标准化' }],
      ['td', 'deadline', { kind: 'time', date: '2021-09-30', text: '9月底前' }],
    ]);
  });

  it('资阳: group columns become headings, the label of the measure text is the permalink, stray group text gets a cell, notes follow', () => {
    const table: TableBlock = {
      type: 'table', id: 't1', caption: null, notes: ['注：1.★：主动增加3个一级指标'], line: 1,
      columns: [{ name: '一级指标', role: 'group1' }, { name: '二级指标', role: 'group2' }, { name: '重点举措', role: 'measure' }, { name: '责任单位', role: 'units' }],
      rows: [
        { kind: 'row', cells: ['一、开办企业', '(一)开办企业流程', '1.压减开办企业时间', '市市场监管局'], groups: ['一、开办企业', '(一)开办企业流程'], measure: 1, line: 2 },
        { kind: 'row', cells: ['', '常务副市长)', '2.推行全程网办', ''], groups: ['一、开办企业', '(一)开办企业流程'], measure: 2, line: 3 },
      ],
    };
    const view = planTableView(table, new Map([[1, measure(1, '1.', null)], [2, measure(2, '2.', null)]]));
    expect(view.columns.map((c) => c.name)).toEqual(['重点举措', '责任单位']);
    expect(view.rows.filter((r) => r.kind === 'group')).toHaveLength(2);
    const [first, second] = view.rows.filter((r) => r.kind === 'row');
    expect(first!.cells[0]!.content).toEqual({ kind: 'link', href: '#m1', title: '措施 1 的固定链接', label: '1.', rest: '压减开办企业时间' });
    expect(second!.cells.map((c) => c.content.kind)).toEqual(['link', 'empty', 'text']);
    expect(second!.cells[2]).toMatchObject({ role: 'group-extra', label: '指标', content: { text: '常务副市长)' } });
    expect(view.notes).toEqual(['注：1.★：主动增加3个一级指标']);
  });
  it('a table without numbers, with 重点任务 + 具体措施 and 配合单位: every column shown by its role, no label invented', () => {
    const table: TableBlock = {
      type: 'table', id: 't1', caption: null, notes: [], line: 1,
      columns: [{ name: '领域', role: 'group1' }, { name: '重点任务', role: 'measure' }, { name: '具体措施', role: 'measure' }, { name: '牵头单位', role: 'units' }, { name: '配合单位', role: 'partners' }, { name: '完成时限', role: 'deadline' }],
      rows: [
        { kind: 'row', cells: ['开办企业', '提升开办便利度', '12345热线受理开办咨询。\n全程网办。', '市市场监管局', '市税务局、市公安局', '6月底前'], groups: ['开办企业'], measure: 1, line: 2 },
      ],
    };
    const view = planTableView(table, new Map([[1, measure(1, '1', '2022-06-30')]]));
    expect(view.columns.map((c) => `${c.role}:${c.name}`)).toEqual(['measure:重点任务', 'measure:具体措施', 'units:牵头单位', 'partners:配合单位', 'deadline:完成时限']);
    expect(view.rows.map((r) => (r.kind === 'group' ? `${r.level}:${r.text}` : r.anchor))).toEqual(['1:开办企业', 'm1']);
    const row = view.rows[1]!;
    if (row.kind !== 'row') throw new Error('expected a row');
    expect(row.cells.map((c) => [c.role, c.label, c.content])).toEqual([
      ['measure', '重点任务', { kind: 'text', text: '提升开办便利度' }],
      ['measure', '具体措施', { kind: 'text', text: '12345热线受理开办咨询。\n全程网办。' }],
      ['units', '牵头单位', { kind: 'text', text: '市市场监管局' }],
      ['partners', '配合单位', { kind: 'text', text: '市税务局、市公安局' }],
      ['deadline', '完成时限', { kind: 'time', date: '2022-06-30', text: '6月底前' }],
    ]);
  });
});
