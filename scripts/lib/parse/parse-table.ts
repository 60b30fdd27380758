import type { ColumnRole, SourceLine } from '../../../src/model/schema.ts';
import { finishRows } from './finish-rows.ts';
import { createGroupTracker } from './group-tracker.ts';
import { cleanSpaces, createParseLog, type ParsedEdit, type ParseWarning } from './parse-log.ts';
import { readLine } from './read-line.ts';
import { stripTags } from './strip-tags.ts';
import { tableColumns } from './table-columns.ts';
import { TABLE_FORMATS } from './table-format.ts';
import { tableRows } from './table-rows.ts';
import type { TableState } from './table-state.ts';

export type { ParsedEdit, ParseWarning } from './parse-log.ts';

/** An appendix table rebuilt from its rows: tab-separated (PDF text, Word/Excel copies) or markdown pipes. */
export interface ParsedTable {
  /** header names (stray spaces removed: "责任 领导" -> "责任领导") with roles */
  columns: { name: string; role: ColumnRole }[];
  /** rows in order; cells aligned to `columns` */
  rows: ParsedRow[];
  /** table notes printed below the table, e.g. "注：1.★：对标先进地区…" (markdown "- " list marker removed) */
  notes: string[];
  /** artefacts removed, counted by kind ('repeated-header', 'html-p-tag', 'markdown-rule', 'repeated-group-cell', 'stray-space', …) */
  artefacts: Record<string, number>;
  /** problems worth telling the user, with the source line */
  warnings: ParseWarning[];
  /** every artefact edit that removed or added visible characters, with its text: the fidelity ledger */
  edits: ParsedEdit[];
}

/** One rebuilt table row. */
export interface ParsedRow {
  kind: 'group' | 'row';
  /** cell text per column, continuation lines merged back into the right cell */
  cells: string[];
  /** the row's number when it is a measure (1..384 / 1..195; rows of a table without numbers count 1, 2, …), else null */
  number: number | null;
  /** the item label as written in the measure cell ("1.") or the 序号 cell ("1"); null when the table writes none */
  label: string | null;
  /** measure text with the label removed; a second task column joined after a line break ("重点任务" + "具体措施") */
  measureText: string | null;
  /** effective group path: [一级指标, 二级指标] or [一、… group row, (一)… group row] */
  groups: string[];
  /** responsible leader after recombining fragments, or null */
  leader: string | null;
  /** 1-based line where the row starts */
  line: number;
}

// Every visible character of the region ends up in a cell, a note or a header name, except the
// artefacts listed in `edits` (and the "、" put between two leaders, also listed there).

// Rows numbered by a 序号 column or by "1." in the task cell (资阳) are found by their numbers;
// rows of other tables ("| 重点任务 | 牵头单位 |") are numbered in order, one per row.
const FIRST_LABEL = /^\s*1\s*[.．、]\s*[^\d\s]/;

/** Parses an appendix table from all source lines of its region, header line first. */
export function parseTable(lines: SourceLine[]): ParsedTable {
  const log = createParseLog();
  const start = lines.findIndex((l) => l.text.trim() !== '');
  const head = lines[start];
  const spec = head ? TABLE_FORMATS.find((f) => f.isRow(head.text)) : undefined;
  if (!head || !spec) {
    const found = head ? `line ${head.n} "${head.text.slice(0, 40)}"` : 'no non-blank line';
    throw new Error(`parseTable: found ${found}; expected the header line, tab- or pipe-separated (e.g. "序号\\t具体措施\\t牵头单位\\t完成时限", "| 序号 | 重点任务 | 牵头单位 |") first`);
  }
  const names = spec.split(head.text, head.n, log).map((c) => cleanSpaces(stripTags(c, head.n, log), log, head.n));
  const nonEmpty = names.filter(Boolean);
  const cols = tableColumns(nonEmpty, head.n);
  const body = lines.slice(start + 1).filter((l) => l.text.trim() !== '');
  const numbered = cols.number !== null || body.some((l) => spec.split(l.text, l.n, createParseLog()).some((c) => FIRST_LABEL.test(c.replace(/<[^>]*>/g, ''))));
  // an Excel copy opens a quoted cell that goes on on the next line: its rows are whole too
  const excel = body.some((l) => spec.rowState(l.text, false) === 'open' && spec.format === 'tab');
  const whole = spec.format === 'pipe' || !numbered || excel;
  const state: TableState = { cols, rows: [], notes: [], inNotes: false, lastNumber: 0, numbered, whole, tracker: createGroupTracker(log), log };
  const header = nonEmpty.map((n) => n.replace(/\s+/g, ''));
  const outer = spec.format === 'pipe' && head.text.trim().startsWith('|');
  const rows = whole ? tableRows(body, spec.format, nonEmpty.length, outer) : body;
  for (const row of rows) readLine(state, header, { n: row.n, text: row.text }, spec.split(row.text, row.n, log, outer));
  state.tracker.finish();
  const parsed = finishRows(state);
  return {
    columns: nonEmpty.map((name, i) => ({ name, role: cols.roles[i]! })),
    rows: parsed,
    notes: state.notes,
    artefacts: log.artefacts,
    warnings: log.warnings,
    edits: log.edits,
  };
}
