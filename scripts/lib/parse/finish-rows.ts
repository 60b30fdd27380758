import { cellCompleteness } from './cell-completeness.ts';
import { groupText } from './group-tracker.ts';
import { joinLeaderTokens, knownLeaderNames } from './leader-names.ts';
import { logArtefact, logWarning } from './parse-log.ts';
import type { ParsedRow } from './parse-table.ts';
import { recombineLeaders } from './recombine-leaders.ts';
import { columnOf } from './table-columns.ts';
import { cellText, type TableState } from './table-state.ts';

// Joins cell pieces, settles the leader column by the names the table writes whole, recombines
// leaders wrapped over rows, resolves group paths, and warns about numbered rows left without
// units or deadline or with text that looks cut off.

/** Turns the row drafts into finished rows. */
export function finishRows(state: TableState): ParsedRow[] {
  const { cols, log, rows } = state;
  const leaderCol = columnOf(cols, 'leader');
  const known = knownLeaderNames(leaderCol === null ? [] : rows.flatMap((r) => r.parts[leaderCol].map((p) => p.text)));
  const cells = rows.map((row) => cols.roles.map((_, c) => cellText(state, row, c)));
  if (leaderCol !== null) {
    rows.forEach((row, i) => {
      const joined = joinLeaderTokens(cells[i][leaderCol], known);
      cells[i][leaderCol] = joined.text;
      logArtefact(log, 'stray-space', row.line, '', '', joined.spaces - joined.separators);
      for (let k = 0; k < joined.separators; k++) logArtefact(log, 'leader-list-separator', row.line, '', '、');
      if (!joined.sure) logWarning(log, row.line, `leader cell "${row.parts[leaderCol].map((p) => p.text).join(' ')}" matches no name written whole in the table; spaces removed`);
    });
  }
  const dataIdx = rows.map((r, i) => (r.kind === 'row' ? i : -1)).filter((i) => i >= 0);
  const leaders = new Map<number, string | null>();
  if (leaderCol !== null) {
    const result = recombineLeaders(dataIdx.map((i) => cells[i][leaderCol]), known);
    dataIdx.forEach((rowIdx, k) => leaders.set(rowIdx, result.leaders[k]));
    result.notes.forEach((n) => logWarning(log, rows[dataIdx[n.index]].line, n.message));
  }
  // Only tables whose measures end in "。" (资阳) make a measure without one suspect; 四川's never do.
  const numbered = cells.filter((_, i) => rows[i].number !== null).map((c) => c[cols.measure]);
  const sentences = numbered.filter((m) => cellCompleteness('measure', m) === 'complete').length >= 0.8 * numbered.length;
  return rows.map((row, i) => {
    const measure = cells[i][cols.measure];
    const inCell = cols.number === null && row.label !== null && measure.startsWith(row.label);
    // "| 重点任务 | 具体措施 |": the task names the measure, the detail says what is done; joined by a line break
    const detail = cols.detail === null ? '' : cells[i][cols.detail];
    const own = (inCell ? measure.slice(row.label?.length).trim() : measure);
    const measureText = row.kind === 'group' ? null : [own, detail].filter(Boolean).join('\n') || null;
    if (row.number !== null) checkRow(state, row.line, row.number, cells[i], sentences);
    return {
      kind: row.kind,
      cells: cells[i],
      number: row.number,
      label: row.label,
      measureText,
      groups: row.groups.filter((g) => g !== null).map(groupText).filter(Boolean),
      leader: leaders.get(i) ?? null,
      line: row.line,
    };
  });
}

function checkRow(state: TableState, line: number, n: number, cells: string[], sentences: boolean): void {
  const { cols, log } = state;
  for (const role of ['units', 'deadline'] as const) {
    const col = columnOf(cols, role);
    if (col === null) continue;
    const text = cells[col];
    const name = cols.names[col];
    if (!text) logWarning(log, line, `row ${n} has no ${name}`);
    else if (cellCompleteness(role, text) === 'incomplete') logWarning(log, line, `row ${n} ${name} "${text}" looks cut off`);
  }
  if (sentences && cellCompleteness('measure', cells[cols.measure]) === 'incomplete') {
    logWarning(log, line, `row ${n} ${cols.names[cols.measure]} does not end a sentence: "…${cells[cols.measure].slice(-12)}"`);
  }
}
