import type { SourceLine } from '../../../src/model/schema.ts';
import { groupLabelLevel } from './group-label.ts';
import { formatSpec, peekCells, type TableFormat } from './table-format.ts';

/** A row as the text writes it: one line, or several when a cell is broken over lines. */
export interface RowLines {
  /** 1-based line where the row starts. */
  n: number;
  /** The row's lines joined by "\n". */
  text: string;
}

// Rows that arrive whole (markdown, Word/Excel copies) may still break a cell over lines:
//   "| 1 | 推进企业开办“一网通办”，"        "1\t推进企业开办“一网通办”；"
//   "实现全程网办。 | 市市场监管局 | … |"     "实现全程网办。\t市市场监管局\t6月底前"
// A row with fewer cells than the header is open, and the lines after it join it until it has
// them all, also when its first cell is broken (a Word copy writes "推行…；" / "实现…；" /
// "全程…。\t市市场监管局\t…"). A row that is only a group label ("一、开办企业", "| 一、开办企业 |")
// spans the table and is complete; so is a note under the table ("注：…").
const NOTE = /^\s*(?:[-*•]\s*)?注\s*[:：]/;

/** Groups the lines after the header into rows. */
export function tableRows(lines: SourceLine[], format: TableFormat, width: number, outer = false): RowLines[] {
  const rows: RowLines[] = [];
  let open = false;
  for (const line of lines) {
    if (line.text.trim() === '') continue;
    const last = rows[rows.length - 1];
    if (open && last) last.text += `\n${line.text}`;
    else rows.push({ n: line.n, text: line.text });
    const current = rows[rows.length - 1]!;
    open = !NOTE.test(current.text) && isOpenRow(format, current.text, width, outer);
  }
  return rows;
}

/**
 * True when the row `text` goes on on the next line: it is no group row alone, and the format's
 * marks say so (see TABLE_FORMATS), or else it has fewer cells than the header's `width`
 * ("| 2 | 推广执照。 | 市局 |" in a five-column table is complete: its last cells are empty).
 */
export function isOpenRow(format: TableFormat, text: string, width: number, outer = false): boolean {
  const cells = peekCells(format, text, outer);
  if (groupOnly(cells)) return false;
  const state = formatSpec(format).rowState(text, outer);
  return state === null ? cells.length < width : state === 'open';
}

function groupOnly(cells: string[]): boolean {
  const filled = cells.filter((c) => c.trim() !== '');
  return filled.length === 1 && groupLabelLevel(filled[0]!) !== null;
}
