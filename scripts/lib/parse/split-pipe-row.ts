import { logArtefact, type ParseLog } from './parse-log.ts';

// Markdown pipe tables ("| 序号 | 重点任务 | 牵头单位 |", "序号 | 重点任务 | 牵头单位" without the
// outer pipes). A pipe inside a cell is escaped ("推进“一网通办\|一窗受理”"). The pipes between cells
// are counted as 'markdown-table-pipe' and the escaping backslash as 'markdown-escape', so the
// fidelity check can account for them.

/** A pipe that is not escaped by a backslash. */
const PIPE = /(?<!\\)\|/;

/** True when `text` has a cell-separating pipe (not only escaped ones). */
export function hasPipe(text: string): boolean {
  return PIPE.test(text);
}

/** Splits a markdown table row into raw cells; outer pipes are optional, "\|" stays as "|". */
export function splitPipeRow(text: string, line: number, log: ParseLog): string[] {
  const cells = text.trim().split(/(?<!\\)\|/);
  const pipes = cells.length - 1;
  if (pipes > 0) logArtefact(log, 'markdown-table-pipe', line, '|'.repeat(pipes), '', pipes);
  if (pipes > 0 && cells[0]!.trim() === '') cells.shift();
  if (pipes > 0 && cells.length > 1 && cells[cells.length - 1]!.trim() === '') cells.pop();
  return cells.map((c) =>
    c.replace(/\\\|/g, () => {
      logArtefact(log, 'markdown-escape', line, '\\');
      return '|';
    }),
  );
}
