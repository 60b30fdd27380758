import { cellText, type RowDraft, type TableState } from './table-state.ts';
import { cleanSpaces, logArtefact } from './parse-log.ts';

// Stray spaces go at once, except in the leader column, where "王琪 马泽波" (two people) and
// "刘华 彬" (one) are told apart only once the whole table is read. Group cells go through the group
// tracker, which empties page-top repeats. A continuation piece that merely repeats the end of a
// units, leader or deadline cell is dropped as 'duplicated-continuation': the "会" of 资阳 line 73
// under a cell already ending in "管委会", the "长" of line 287 under "常务副市长". In whole rows a
// group cell is the group's whole name ("| 开办企业 |"), never a piece of the one above.

/** Adds a piece of text to column `col` of `row`. */
export function addPart(
  state: TableState,
  row: RowDraft,
  col: number,
  raw: string,
  line: number,
  continuation: boolean,
): void {
  const role = state.cols.roles[col];
  // a cell broken over lines in a whole row ("推进…；<br>实现…") keeps its line breaks
  const text = role === 'leader' ? raw.trim().replace(/\s+/g, ' ') : raw.split('\n').map((l) => cleanSpaces(l, state.log, line)).filter(Boolean).join('\n');
  if (!text) return;
  const bare = text.replace(/\s+/g, '');
  const sofar = cellText(state, row, col).replace(/\s+/g, '');
  if (continuation && ['units', 'partners', 'leader', 'deadline'].includes(role) && bare.length <= 3 && sofar.endsWith(bare)) {
    logArtefact(state.log, 'duplicated-continuation', line, text);
    return;
  }
  const part = { text, line };
  row.parts[col].push(part);
  const level = state.cols.groupLevel[col] ?? (row.kind === 'group' && col === firstFilled(row) ? row.groupLevel : null);
  if (level !== null && level !== undefined) state.tracker.feed(level, part, state.whole ? 'whole' : continuation ? 'continuation' : 'start');
}

function firstFilled(row: RowDraft): number {
  return row.parts.findIndex((p) => p.length > 0);
}

