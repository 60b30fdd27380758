import { createParseLog, logArtefact, type ParseLog } from './parse-log.ts';
import { hasPipe, splitPipeRow } from './split-pipe-row.ts';

/** How the cells of a table row are written in the text. */
export type TableFormat = 'tab' | 'pipe';

/** One way of writing table rows: how to tell a row line and how to split it into cells. */
export interface FormatSpec {
  format: TableFormat;
  /** True when `text` can be a row of a table in this format. */
  isRow(text: string): boolean;
  /** Raw cells of a row (artefacts of the format logged in `log`); `outer`: the header has a leading pipe. */
  split(text: string, line: number, log: ParseLog, outer?: boolean): string[];
  /** Whether the row `text` is surely open or complete by its own marks; null: count its cells. */
  rowState(text: string, outer: boolean): 'open' | 'complete' | null;
}

/** The ways a table's rows are written; a new one is a new entry here (and a fixture). */
export const TABLE_FORMATS: FormatSpec[] = [
  // "序号\t具体措施\t牵头单位\t完成时限": PDF text columns (四川, 资阳) and Word/Excel copies
  // (an Excel cell opened by a quote and not yet closed goes on on the next line)
  { format: 'tab', isRow: (t) => t.includes('\t'), split: splitTabRow, rowState: (t) => (OPEN_EXCEL_CELL.test(t) ? 'open' : null) },
  // "| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |": markdown, outer pipes optional; a row
  // ends with its closing pipe, and lacks it while it goes on ("| 3 | 推进…，" / "实现… | 市局 |")
  {
    format: 'pipe',
    isRow: hasPipe,
    split: splitPipeRow,
    rowState: (t, outer) => (t.trimEnd().endsWith('|') ? 'complete' : outer ? 'open' : null),
  },
];

/** The format spec of `format`. */
export function formatSpec(format: TableFormat): FormatSpec {
  return TABLE_FORMATS.find((f) => f.format === format)!;
}

/** Raw cells of `text` in `format`, without logging (for looking ahead); `outer` as in FormatSpec.split. */
export function peekCells(format: TableFormat, text: string, outer?: boolean): string[] {
  return formatSpec(format).split(text, 0, createParseLog(), outer);
}

// Excel copies a cell with line breaks or quotes wrapped in quotes, inner quotes doubled:
// "1\t\"推进…；\n实现…\"\t市局" (the row's lines joined). The wrapping quotes and the doubling are
// 'excel-quote' artefacts; a cell quoted on one line only is text as written.
const OPEN_EXCEL_CELL = /(^|\t)"(?:[^"]|"")*$/;
const EXCEL_CELL = /^"((?:[^"]|"")*\n(?:[^"]|"")*|(?:[^"]|"")*""(?:[^"]|"")*)"$/;

/** Splits a tab-separated row into raw cells, unwrapping Excel's quoted multi-line cells. */
export function splitTabRow(text: string, line: number, log: ParseLog): string[] {
  return text.split('\t').map((cell) => {
    const m = EXCEL_CELL.exec(cell.trim());
    if (!m) return cell;
    const doubled = (m[1]!.match(/""/g) ?? []).length;
    logArtefact(log, 'excel-quote', line, '"'.repeat(2 + doubled), '', 1 + doubled);
    return m[1]!.replace(/""/g, '"');
  });
}
