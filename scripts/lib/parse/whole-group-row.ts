import { addPart } from './add-part.ts';
import { classifyCell } from './classify-cell.ts';
import { groupLabel, groupLabelLevel, normalizeGroupText } from './group-label.ts';
import type { TableColumns } from './table-columns.ts';
import { newRow, type TableState } from './table-state.ts';

// Group rows of tables whose rows arrive whole (markdown, Word copies), spanning the table:
//   "| 一、开办企业 | | | |"      the label and name in one cell
//   "一、开办企业"                a merged Word row copied as one line
//   "| 一 | 开办企业 | | |"       a bare numeral in the 序号 column, the name in the next cell
//   "| （一） | 优化开办企业 | |"  a bare label, the name next to it
// No unit, partner, leader or deadline is given, and a lone cell in a task column is no sentence
// ("（一）推行…。" there is a measure).
const BARE_NUMERAL = /^[一二三四五六七八九十百零〇两]+$/;
const DUTIES = new Set(['units', 'partners', 'leader', 'deadline']);

/** Level (0 for "一、", 1 for "（一）") of a whole row that is a group row, or null. */
export function wholeGroupLevel(cells: string[], cols: TableColumns): 0 | 1 | null {
  const filled = cells.map((text, i) => ({ text: text.trim(), i })).filter((c) => c.text !== '');
  if (filled.length === 0 || filled.length > 2) return null;
  if (filled.some((c) => cells.length === cols.roles.length && DUTIES.has(cols.roles[c.i]!))) return null;
  const first = filled[0]!.text;
  if (BARE_NUMERAL.test(first)) return 0;
  const level = groupLabelLevel(first);
  if (level === null) return null;
  if (filled.length === 1) {
    // a sentence ("一、持续优化政务服务。") is a group name too when it stands outside the task columns
    const inTask = cells.length !== cols.roles.length || filled[0]!.i === cols.measure || filled[0]!.i === cols.detail;
    return classifyCell(first) === (level === 0 ? 'group1' : 'group2') || !inTask ? level : null;
  }
  return groupLabel(first) === normalizeGroupText(first) ? level : null;
}

/**
 * Adds a whole group row: cells stay in their columns, and the group is named by its filled
 * cells joined by a space ("（一） 优化开办企业"), as the plan page shows the row.
 */
export function addWholeGroupRow(state: TableState, line: number, cells: string[], level: 0 | 1): void {
  const row = newRow(state.cols, 'group', line);
  state.rows.push(row);
  const aligned = cells.length === state.cols.roles.length;
  cells.forEach((text, i) => addPart(state, row, aligned ? i : 0, text, line, false));
  const text = row.parts.map((parts) => parts.map((p) => p.text).join('')).filter(Boolean).join(' ');
  if (text) state.tracker.feed(level, { text, line }, 'whole');
  row.groups = state.tracker.snapshot();
}
