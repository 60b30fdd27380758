import { addPart } from './add-part.ts';
import { cellCompleteness } from './cell-completeness.ts';
import type { Anchor } from './find-anchor.ts';
import { groupLabelLevel } from './group-label.ts';
import { logWarning } from './parse-log.ts';
import { placeContinuationCells } from './place-continuation-cells.ts';
import { placeRowCells } from './place-row-cells.ts';
import { removeStraySpaces } from '../text/remove-stray-spaces.ts';
import { addWholeGroupRow, wholeGroupLevel } from './whole-group-row.ts';
import { columnOf } from './table-columns.ts';
import { cellText, lastDataRow, newRow, type RowDraft, type TableState } from './table-state.ts';

/** Starts a row at a numbered line (`anchor`), or an unnumbered one when `anchor` is null. */
export function addRow(state: TableState, line: number, cells: string[], anchor: Anchor | null): void {
  const { cols, tracker } = state;
  const measureIdx = anchor?.index ?? unnumberedMeasure(cells, cols.roles.length, cols.measure);
  const placed = placeRowCells(cells, measureIdx, cols, (l) => tracker.isOpen(l), state.whole);
  const previous = lastDataRow(state);
  const row = newRow(cols, 'row', line, anchor?.number ?? null, anchor?.label ?? null);
  state.rows.push(row);
  if (anchor) state.lastNumber = anchor.number;
  const units = columnOf(cols, 'units');
  placed.forEach((texts, col) =>
    texts.forEach((text) => {
      const spill = col === units && previous ? spillUnits(cellText(state, previous, col), text) : null;
      if (spill && previous) {
        addPart(state, previous, col, spill[0], line, true);
        logWarning(state.log, line, `units text "${spill[0].trim()}" before the double space completes row ${previous.number ?? previous.line}'s cut-off units; moved there`);
      }
      addPart(state, row, col, spill ? spill[1] : text, line, false);
    }),
  );
  row.groups = tracker.snapshot();
}

// 资阳 line 316 (row 187) begins "作局、资阳银保监分局、 各县(区)人民政府  市中级人民法院、…": the
// text before the double space ends row 186's "…市金融工", the rest is row 187's own units.
function spillUnits(previous: string, raw: string): [string, string] | null {
  if (cellCompleteness('units', previous) !== 'incomplete') return null;
  const m = /^(.*?\S)\s{2,}(\S[\s\S]*)$/.exec(raw.trim());
  if (!m) return null;
  const joined = previous + removeStraySpaces(m[1]).text;
  return cellCompleteness('units', joined) === 'complete' ? [m[1], m[2]] : null;
}

// Unnumbered rows ("\t(十六)电力价格\t全省实行统一标准…\t无\t无\t无"): the measure cell is in place
// when the line has one cell per column, else it is the first cell after the group labels.
function unnumberedMeasure(cells: string[], width: number, measure: number): number {
  if (cells.length === width) return measure;
  let last = -1;
  cells.forEach((c, i) => {
    if (groupLabelLevel(c) !== null) last = i;
  });
  const after = cells.findIndex((c, i) => i > last && c.trim() !== '');
  return after < 0 ? Math.min(last + 1, cells.length - 1) : after;
}

/** Adds a section row of a table without group columns ("一、深入开展“三项重点改革”\t\t\t"). */
export function addGroupRow(state: TableState, line: number, cells: string[]): void {
  const row = newRow(state.cols, 'group', line);
  row.groupLevel = groupLabelLevel(cells.find((c) => c.trim()) ?? '');
  state.rows.push(row);
  const aligned = cells.length === state.cols.roles.length;
  cells.forEach((text, i) => addPart(state, row, aligned ? i : 0, text, line, false));
  row.groups = state.tracker.snapshot();
}

// A table without numbers ("| 重点任务 | 牵头单位 | 配合单位 | 完成时限 |"): every row with task
// text is a measure numbered in order; a group row (see wholeGroupLevel) opens a group; a row
// with text but no task text (only a 领域 cell) is kept as an unnumbered row.

/** Reads a whole row of a table that does not number its rows. */
export function readWholeRow(state: TableState, line: number, cells: string[]): void {
  const { cols } = state;
  const task = [cols.measure, cols.detail].some((c) => c !== null && (cells[c] ?? '').trim() !== '');
  const level = wholeGroupLevel(cells, cols);
  if (level !== null) return addWholeGroupRow(state, line, cells, level);
  // a line without any separator after a complete row continues it (a stray cell fragment)
  if (cells.length === 1 && state.rows.length > 0) return addContinuation(state, line, cells);
  if (!task) return addRow(state, line, cells, null);
  addRow(state, line, cells, { index: cols.measure, number: state.lastNumber + 1, label: null });
}

/** Merges a continuation line (no row number) into the row it continues. */
export function addContinuation(state: TableState, line: number, cells: string[]): void {
  let row: RowDraft | undefined = state.rows[state.rows.length - 1];
  if (!row) {
    row = newRow(state.cols, 'row', line);
    state.rows.push(row);
    logWarning(state.log, line, 'text before the first numbered row; kept as an unnumbered row');
  }
  const target = row;
  const placed = placeContinuationCells(cells, state.cols, (c) => cellText(state, target, c), (l) => state.tracker.isOpen(l));
  placed.forEach((texts, col) => texts.forEach((text) => addPart(state, target, col, text, line, true)));
  target.groups = state.tracker.snapshot();
}
