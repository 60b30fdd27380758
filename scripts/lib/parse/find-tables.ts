import type { SourceLine } from '../../../src/model/schema.ts';
import { columnRole } from './column-role.ts';
import { peekCells, TABLE_FORMATS, type TableFormat } from './table-format.ts';
import { isOpenRow } from './table-rows.ts';
import { statesFirstUnitLeads } from '../text/first-unit-leads.ts';
import { readDateLine } from './read-date-line.ts';
import { isIssuerLine } from './split-issuers.ts';

/** A run of source lines that forms one appendix table, header first. */
export interface TableRegion {
  /** Index (into the line array) of the header line. */
  start: number;
  /** Index one past the last line of the region. */
  end: number;
  /** How the table writes its rows (tabs or markdown pipes). */
  format: TableFormat;
}

/** The format of a header naming a task column and one more known column, or null when `text` is none. */
export function headerFormat(text: string): TableFormat | null {
  for (const spec of TABLE_FORMATS) {
    if (!spec.isRow(text)) continue;
    const roles = peekCells(spec.format, text).map((c) => c.trim()).filter(Boolean).map(columnRole);
    if (roles.includes('measure') && roles.filter((r) => r !== 'other').length >= 2) return spec.format;
  }
  return null;
}

/** A header naming at least a measure column and one more known column (tabs or pipes). */
export function isTableHeader(text: string): boolean {
  return headerFormat(text) !== null;
}

const FOOTER = /^(抄送|主送|印发|信息公开选项)[:：]|印发$|^电子公文专用章$/;
const NOTE = /^\s*(-\s*)?(注[:：]|\d+[.．、])/;

/**
 * Finds appendix tables. A table runs from its header to the first line that cannot belong to
 * it: a footer line, or a line that is no row while the row above is complete — for tabs a long
 * one that is not a note ("- 注：1.★：…"; short ones stay, because page breaks strand cell
 * fragments such as "常务  " / "副市长", 资阳 lines 169–170), for pipes any, and a blank line
 * unless a row follows. A row with fewer cells than the header is open: the lines after it
 * continue a cell broken over lines ("1\t推进…；" / "实现…。" / "实现…。\t市局\t6月底前").
 */
export function findTables(lines: SourceLine[]): TableRegion[] {
  const regions: TableRegion[] = [];
  for (let i = 0; i < lines.length; i++) {
    const format = headerFormat(lines[i]!.text);
    if (!format) continue;
    const end = regionEnd(lines, i, format);
    regions.push({ start: i, end, format });
    i = end - 1;
  }
  return regions;
}

// A Word copy breaks a first cell over lines with no tab: "推行企业开办“一网通办”，实现…；" /
// "全程…。\t市市场监管局\t…": a long line without tabs stays when a row line follows it within a
// few lines (a cell of a few paragraphs), with no blank line between.
const CELL_LINES = 6;
function rowFollows(lines: SourceLine[], from: number, isRow: (t: string) => boolean): boolean {
  for (let k = from + 1; k < Math.min(lines.length, from + CELL_LINES) && lines[k]!.text.trim() !== ''; k++) {
    if (isRow(lines[k]!.text)) return !isTableHeader(lines[k]!.text);
  }
  return false;
}

/** True when the next non-blank line after `from` is a row but no new header. */
function rowAfterBlank(lines: SourceLine[], from: number, isRow: (t: string) => boolean): boolean {
  let k = from + 1;
  while (k < lines.length && lines[k]!.text.trim() === '') k++;
  return k < lines.length && isRow(lines[k]!.text) && !isTableHeader(lines[k]!.text);
}

function regionEnd(lines: SourceLine[], start: number, format: TableFormat): number {
  const spec = TABLE_FORMATS.find((f) => f.format === format)!;
  const width = peekCells(format, lines[start]!.text).filter((c) => c.trim()).length;
  const outer = format === 'pipe' && lines[start]!.text.trim().startsWith('|');
  let row = ''; // the row read so far, to tell whether it is open
  let end = start + 1;
  for (; end < lines.length; end++) {
    const t = lines[end]!.text;
    const bare = t.replace(/\s+/g, '');
    const open = row !== '' && isOpenRow(format, row, width, outer);
    if (bare === '') {
      if (format === 'pipe' && !open && !rowAfterBlank(lines, end, spec.isRow)) break;
      continue;
    }
    if (spec.isRow(t)) {
      row = open ? `${row}\n${t}` : t;
      continue;
    }
    // A note about the whole table ends it, however short: "各责任单位排在第一位的为牵头单位。" is no cell fragment.
    if (FOOTER.test(bare) || statesFirstUnitLeads(bare)) break;
    // A closing signature after the table, "南昌市红谷滩区人民政府办公室" / "2024年3月6日": an office or a date alone, past a blank line.
    if (!open && lines[end - 1]!.text.trim() === '' && (isIssuerLine(bare) || readDateLine(bare) !== null)) break;
    if (!open && (format === 'pipe' || (bare.length > 30 && !NOTE.test(t) && !rowFollows(lines, end, spec.isRow)))) break;
    // a stray fragment ("常务") opens no row: prose after it still ends the table
    if (open) row += `\n${t}`;
  }
  // Trailing blank lines are not part of the table.
  while (end > start + 1 && lines[end - 1]!.text.trim() === '') end--;
  return end;
}
