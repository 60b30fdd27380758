import type { SourceLine } from '../../../src/model/schema.ts';
import { groupLabelLevel } from './group-label.ts';
import { peekCells, type TableFormat } from './table-format.ts';

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
 * True when the row `text` goes on on the next line: it has fewer cells than the header's `width`
 * and is not a group row alone. A markdown row is complete when it ends with a pipe ("| 2 | 推广执照。
 * | 市局 |" in a five-column table: its last cells are empty), open when it lacks the closing pipe
 * of a table with outer pipes.
 */
export function isOpenRow(format: TableFormat, text: string, width: number, outer = false): boolean {
  const cells = peekCells(format, text, outer);
  if (groupOnly(cells)) return false;
  if (format === 'pipe' && text.trimEnd().endsWith('|')) return false;
  if (format === 'tab' && (text.match(/"/g) ?? []).length % 2 === 1) return true; // an Excel cell still quoted
  return (format === 'pipe' && outer) || cells.length < width;
}

function groupOnly(cells: string[]): boolean {
  const filled = cells.filter((c) => c.trim() !== '');
  return filled.length === 1 && groupLabelLevel(filled[0]!) !== null;
}
