import { logArtefact, type ParseLog } from './parse-log.ts';

// Markdown pipe tables ("| 序号 | 重点任务 | 牵头单位 |", "序号 | 重点任务 | 牵头单位" without the
// outer pipes). A pipe inside a cell is escaped ("推进“一网通办\|一窗受理”"). The pipes between cells
// are counted as 'markdown-table-pipe', the escaping backslash as 'markdown-escape' and bold
// markers ("| **一、开办企业** | | |", "| **序号** |") as 'markdown-bold', so the fidelity check can
// account for them.

/** A pipe that is not escaped by a backslash. */
const PIPE = /(?<!\\)\|/;

/** True when `text` has a cell-separating pipe (not only escaped ones). */
export function hasPipe(text: string): boolean {
  return PIPE.test(text);
}

/**
 * Splits a markdown table row into raw cells, "\|" kept as "|". Outer pipes are optional: `outer`
 * says whether the table's header has a leading one (then a row's leading pipe is no empty cell,
 * while " | 推广… | 市局" in a table without them starts with an empty 领域 cell); unknown when
 * undefined, judged from the row itself. A trailing pipe never makes a cell.
 */
export function splitPipeRow(text: string, line: number, log: ParseLog, outer?: boolean): string[] {
  const trimmed = text.trim();
  const cells = trimmed.split(/(?<!\\)\|/);
  const pipes = cells.length - 1;
  if (pipes > 0) logArtefact(log, 'markdown-table-pipe', line, '|'.repeat(pipes), '', pipes);
  if (pipes > 0 && cells[0]!.trim() === '' && (outer ?? trimmed.startsWith('|'))) cells.shift();
  if (pipes > 0 && cells.length > 1 && cells[cells.length - 1]!.trim() === '') cells.pop();
  return cells.map((c) =>
    c
      .replace(/\*\*/g, () => {
        logArtefact(log, 'markdown-bold', line, '**');
        return '';
      })
      .replace(/\\\|/g, () => {
        logArtefact(log, 'markdown-escape', line, '\\');
        return '|';
      }),
  );
}
