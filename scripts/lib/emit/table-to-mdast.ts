import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { ColumnRole, Measure, TableBlock, TableRow } from '../../../src/model/schema.ts';
import { flow, inline, para, type FlowChild } from './jsx.ts';

/** Roles shown as group headings rather than as columns. */
const GROUPING: ColumnRole[] = ['group1', 'group2'];

/** One cell: a row header for the number column, else a data cell labelled for narrow screens. */
function cell(role: ColumnRole, name: string, text: string, measure: Measure | undefined, linkCell: ColumnRole): MdxJsxFlowElement {
  const children: FlowChild[] = [];
  const link = (label: string) => inline('a', { href: `#${measure!.anchor}`, class: 'permalink', title: `措施 ${measure!.n} 的固定链接` }, [{ type: 'text', value: label }]);
  if (role === linkCell && measure && role === 'number') children.push(para(link(text)));
  else if (role === linkCell && measure && text.startsWith(measure.label)) children.push(para(link(measure.label), text.slice(measure.label.length)));
  else if (role === 'deadline' && measure?.deadline?.date && text !== '') children.push(para(inline('time', { dateTime: measure.deadline.date }, [{ type: 'text', value: text }])));
  else if (text !== '') children.push(para(text));
  const tag = role === 'number' ? 'th' : 'td';
  return flow(tag, { 'data-label': name, class: `col-${role}`, ...(tag === 'th' ? { scope: 'row' } : {}) }, children);
}

/** Rows of a group: the heading row(s), then the group's rows. */
function groupHeading(text: string, level: number, span: number): MdxJsxFlowElement {
  return flow('tr', { class: `group group-${level}` }, [flow('th', { colSpan: String(span), scope: 'colgroup' }, [para(text)])]);
}

/**
 * An appendix table as real HTML table elements in MDX: one header row, group rows for the
 * 一级 / 二级 indicator cells (资阳) or the "一、" / "(一)" rows (四川省), each measure row
 * with an id to link to. Cell text stays data: it is serialised, never interpolated.
 */
export function tableToMdast(table: TableBlock, measures: Map<number, Measure>): MdxJsxFlowElement {
  const shown = table.columns.map((c, i) => ({ ...c, i })).filter((c) => !GROUPING.includes(c.role));
  // The permalink sits on the 序号 cell (四川省) or, without one, on the label of the measure text (资阳 "1.").
  const linkCell: ColumnRole = shown.some((c) => c.role === 'number') ? 'number' : 'measure';
  const head = flow('thead', {}, [flow('tr', {}, shown.map((c) => flow('th', { scope: 'col', class: `col-${c.role}` }, [para(c.name)])))]);
  const body: MdxJsxFlowElement[] = [];
  let groups: string[] = [];
  const groupCols = table.columns.map((c, i) => ({ ...c, i })).filter((c) => GROUPING.includes(c.role));
  table.rows.forEach((row: TableRow) => {
    if (row.kind === 'group') {
      const text = row.cells.filter(Boolean).join(' ');
      const level = /^[（(]/.test(text) ? 2 : 1;
      body.push(groupHeading(text, level, shown.length));
      return;
    }
    // Group cells that change (一级指标 / 二级指标) open a new group heading.
    row.groups.forEach((g, level) => {
      if (g !== '' && g !== groups[level]) {
        body.push(groupHeading(g, level + 1, shown.length));
        groups = [...groups.slice(0, level), g];
      }
    });
    // A group cell split by a page break ("六、纳税(牵头领导:" / "常务副市长)") is shown by its
    // group heading; any other group text the row gives is still shown, in a cell of its own.
    const extra = groupCols.map((c) => row.cells[c.i] ?? '').filter((t) => t !== '' && !row.groups.some((g) => g.includes(t)));
    const m = row.measure === null ? undefined : measures.get(row.measure);
    const cells = shown.map((c) => cell(c.role, c.name, row.cells[c.i] ?? '', m, linkCell));
    if (extra.length > 0) cells.push(flow('td', { class: 'col-group-extra', 'data-label': '指标' }, [para(extra.join(' '))]));
    body.push(flow('tr', { id: m?.anchor, class: m ? 'measure' : 'plain' }, cells));
  });
  const caption = table.caption ? [flow('caption', {}, [para(table.caption)])] : [];
  return flow('div', { class: 'table-wrap', id: table.id }, [flow('table', { class: 'plan-table' }, [...caption, head, flow('tbody', {}, body)])]);
}
