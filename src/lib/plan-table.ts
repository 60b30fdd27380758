/**
 * An appendix table as the plan page shows it, computed from the model (the PlanTable component
 * renders it; text stays data, escaped by Astro). Group cells become heading rows: the 一级 /
 * 二级 indicator cells (资阳) or the "一、" / "(一)" rows (四川省); every measure row gets its
 * anchor; the table's notes ("注：1.★：…") follow it.
 */
import type { ColumnRole, Measure, TableBlock } from '../model/schema.ts';

/** Roles shown as group headings rather than as columns. */
const GROUPING: ColumnRole[] = ['group1', 'group2'];

/** What a cell holds: a permalink (alone or before the rest of the text), a date, or text. */
export type CellContent =
  | { kind: 'link'; href: string; title: string; label: string; rest: string | null }
  | { kind: 'time'; date: string; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'empty' };

/** One cell: the 序号 cell is a row header, every cell is labelled for narrow screens. */
export interface CellView {
  tag: 'th' | 'td';
  /** Column role, for the class `col-<role>`; `group-extra` for group text a row repeats. */
  role: ColumnRole | 'group-extra';
  /** Column name shown before the cell on a phone. */
  label: string;
  content: CellContent;
}

/** A heading row spanning the table, or an ordinary row (with the measure's anchor when it is one). */
export type RowView = { kind: 'group'; level: number; text: string } | { kind: 'row'; anchor: string | null; cells: CellView[] };

/** The whole table. */
export interface TableView {
  id: string;
  caption: string | null;
  columns: { role: ColumnRole; name: string }[];
  rows: RowView[];
  notes: string[];
}

/** A cell's content: the permalink sits on the 序号 cell, or else on the measure text's label ("1."). */
function content(role: ColumnRole, text: string, m: Measure | undefined, linkCell: ColumnRole): CellContent {
  const link = (label: string, rest: string | null): CellContent => ({ kind: 'link', href: `#${m!.anchor}`, title: `措施 ${m!.n} 的固定链接`, label, rest });
  if (role === linkCell && m && role === 'number') return link(text, null);
  // "1." opens 资阳's measure text; a table without numbers has none ("12345热线…" is no label "1")
  if (role === linkCell && m && text.startsWith(m.label) && !/^\d/.test(text.slice(m.label.length))) return link(m.label, text.slice(m.label.length));
  if (role === 'deadline' && m?.deadline?.date && text !== '') return { kind: 'time', date: m.deadline.date, text };
  return text === '' ? { kind: 'empty' } : { kind: 'text', text };
}

/** The table of a plan page, row by row. */
export function planTableView(table: TableBlock, measures: Map<number, Measure>): TableView {
  const indexed = table.columns.map((c, i) => ({ ...c, i }));
  const shown = indexed.filter((c) => !GROUPING.includes(c.role));
  const groupCols = indexed.filter((c) => GROUPING.includes(c.role));
  const linkCell: ColumnRole = shown.some((c) => c.role === 'number') ? 'number' : 'measure';
  const rows: RowView[] = [];
  // The group headings open so far, by level; a heading is shown only when it changes.
  let open: string[] = [];
  const heading = (text: string, level: number) => {
    if (open[level - 1] === text) return;
    rows.push({ kind: 'group', level, text });
    open = [...open.slice(0, level - 1), text];
  };
  for (const row of table.rows) {
    if (row.kind === 'group') {
      // 四川省's "一、…" / "(一)…" rows; its measure rows then carry the same texts as their groups.
      const text = row.cells.filter(Boolean).join(' ');
      heading(text, /^[（(]/.test(text) ? 2 : 1);
      continue;
    }
    row.groups.forEach((g, level) => { if (g !== '') heading(g, level + 1); });
    // A group cell split by a page break ("六、纳税(牵头领导:" / "常务副市长)") is shown by its
    // group heading; any other group text the row gives is still shown, in a cell of its own.
    const extra = groupCols.map((c) => row.cells[c.i] ?? '').filter((t) => t !== '' && !row.groups.some((g) => g.includes(t)));
    const m = row.measure === null ? undefined : measures.get(row.measure);
    const cells: CellView[] = shown.map((c) => ({ tag: c.role === 'number' ? 'th' : 'td', role: c.role, label: c.name, content: content(c.role, row.cells[c.i] ?? '', m, linkCell) }));
    if (extra.length > 0) cells.push({ tag: 'td', role: 'group-extra', label: '指标', content: { kind: 'text', text: extra.join(' ') } });
    rows.push({ kind: 'row', anchor: m?.anchor ?? null, cells });
  }
  return { id: table.id, caption: table.caption, columns: shown.map(({ role, name }) => ({ role, name })), rows, notes: table.notes };
}
