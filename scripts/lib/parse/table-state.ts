import type { GroupBlock, GroupTracker } from './group-tracker.ts';
import type { ParseLog } from './parse-log.ts';
import type { TableColumns } from './table-columns.ts';

/** One piece of a cell as written on one source line; emptied when found to be an artefact. */
export interface CellPart {
  text: string;
  line: number;
}

/** A row while its lines are still being read. */
export interface RowDraft {
  kind: 'group' | 'row';
  line: number;
  number: number | null;
  label: string | null;
  /** Cell pieces per column, in reading order (continuation lines add pieces). */
  parts: CellPart[][];
  /** Group blocks the row belongs to, outermost first (resolved to text at the end). */
  groups: (GroupBlock | null)[];
  /** For a group row of a table without group columns: the level its label opens. */
  groupLevel: number | null;
}

/** Everything the line reader accumulates for one table. */
export interface TableState {
  cols: TableColumns;
  rows: RowDraft[];
  notes: string[];
  inNotes: boolean;
  lastNumber: number;
  /** Rows carry numbers (a 序号 column, "1." in the task cell); else every row is numbered in order. */
  numbered: boolean;
  /** Rows arrive whole (markdown, Word/Excel copies): cells sit in their columns, nothing is cut by a page break. */
  whole: boolean;
  tracker: GroupTracker;
  log: ParseLog;
}

/** A new, empty row draft. */
export function newRow(
  cols: TableColumns,
  kind: 'group' | 'row',
  line: number,
  number: number | null = null,
  label: string | null = null,
): RowDraft {
  return { kind, line, number, label, parts: cols.roles.map(() => []), groups: [], groupLevel: null };
}

/** The text of column `col` of `row` so far; leader pieces keep a space so names can be judged later. */
export function cellText(state: TableState, row: RowDraft, col: number): string {
  const sep = state.cols.roles[col] === 'leader' ? ' ' : '';
  return row.parts[col]
    .map((p) => p.text)
    .filter((t) => t !== '')
    .join(sep);
}

/** The last ordinary (non-group) row, if any. */
export function lastDataRow(state: TableState): RowDraft | null {
  for (let i = state.rows.length - 1; i >= 0; i--) if (state.rows[i].kind === 'row') return state.rows[i];
  return null;
}
