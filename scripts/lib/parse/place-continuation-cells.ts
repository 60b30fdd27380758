import type { ColumnRole } from '../../../src/model/schema.ts';
import { cellCompleteness, type Completeness } from './cell-completeness.ts';
import { classifyCell, type CellClass } from './classify-cell.ts';
import { fragmentColumn } from './place-row-cells.ts';
import { columnOf, groupColumn, type TableColumns } from './table-columns.ts';

const ROLE: Partial<Record<NonNullable<CellClass>, ColumnRole>> = {
  deadline: 'deadline',
  measure: 'measure',
  units: 'units',
  leader: 'leader',
};
const SCORE: Record<Completeness, number> = { incomplete: 3, unknown: 2, complete: 1, empty: 0 };

// A continuation line carries text over a page break and has no "N." number. Text that says what
// it is wins over its tab position: "难问题。" is measure text though it sits in the 二级指标 slot
// (资阳 line 256), "委会" is a unit though the line lost a cell (line 488), "长" is a leader title
// fragment (line 287). Silent text ("会" of line 73, "率（观察指标）" of line 418) keeps its tab
// position when the line has one cell per column, else goes to the free column, between its
// neighbours, whose text so far (`current`) looks most cut off. Units text goes to 配合单位 when
// that cell looks cut off and the 牵头单位 one does not ("市税务局、" / "市人社局").

/** Places the cells of a continuation line into the columns of the row it continues. */
export function placeContinuationCells(
  cells: string[],
  cols: TableColumns,
  current: (col: number) => string,
  isOpen: (level: number) => boolean,
): string[][] {
  const aligned = cells.length === cols.roles.length;
  const entries = cells
    .map((text, i) => ({ text, i, col: null as number | null }))
    .filter((e) => e.text.trim() !== '');
  for (const e of entries) e.col = decisiveColumn(classifyCell(e.text), e.i, aligned, cols, isOpen, current);
  entries.forEach((e, k) => {
    if (e.col !== null) return;
    const lo = entries.slice(0, k).reduce((m, x) => (x.col !== null ? Math.max(m, x.col) : m), -1);
    const hi = entries.slice(k + 1).find((x) => x.col !== null)?.col ?? cols.roles.length;
    let best = -1;
    for (let c = lo + 1; c < hi; c++) {
      if (entries.some((x) => x.col === c)) continue;
      if (best < 0 || score(cols, c, current, isOpen) > score(cols, best, current, isOpen)) best = c;
    }
    e.col = best >= 0 ? best : cols.measure;
  });
  const placed: string[][] = cols.roles.map(() => []);
  for (const e of entries) placed[e.col ?? cols.measure].push(e.text);
  return placed;
}

function decisiveColumn(
  cls: CellClass,
  i: number,
  aligned: boolean,
  cols: TableColumns,
  isOpen: (level: number) => boolean,
  current: (col: number) => string,
): number | null {
  // One cell per column, and its own column's text cut off mid-word: it continues that cell in
  // place, though it ends like a unit — "建设省级知识产" / "权保护中心" (中心) stays task text.
  if (aligned && cls === 'units' && cols.roles[i] === 'measure' && cellCompleteness('measure', current(i)) === 'incomplete') return i;
  if (cls === 'group1' || cls === 'group2') return groupColumn(cols, cls === 'group1' ? 0 : 1) ?? (aligned ? i : null);
  if (cls === 'groupFragment') return fragmentColumn(cols, isOpen, aligned ? i : null);
  const lead = columnOf(cols, 'units');
  const partners = columnOf(cols, 'partners');
  // units text with a 牵头单位 and a 配合单位 column: its place when in one, else the one cut off
  if (cls === 'units' && lead !== null && partners !== null) {
    if (aligned && (i === lead || i === partners)) return i;
    const cut = (c: number) => cellCompleteness(cols.roles[c]!, current(c)) === 'incomplete';
    return cut(partners) && !cut(lead) ? partners : lead;
  }
  const role = cls ? ROLE[cls] : undefined;
  const col = role ? columnOf(cols, role) : null;
  if (col !== null) return col;
  return aligned ? i : null;
}

function score(cols: TableColumns, c: number, current: (col: number) => string, isOpen: (level: number) => boolean): number {
  if (cols.roles[c] === 'number') return -1; // "实现全程网办" under "1\t推进…；" continues no 序号
  const text = current(c);
  const level = cols.groupLevel[c];
  if (level !== null) return text.trim() === '' ? 0 : isOpen(level) ? 3 : 2;
  return SCORE[cellCompleteness(cols.roles[c], text)];
}
