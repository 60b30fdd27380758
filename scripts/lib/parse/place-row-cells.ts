import type { ColumnRole } from '../../../src/model/schema.ts';
import { classifyCell, type CellClass } from './classify-cell.ts';
import { columnOf, groupColumn, type TableColumns } from './table-columns.ts';

const POST_ROLE: Partial<Record<NonNullable<CellClass>, ColumnRole>> = {
  deadline: 'deadline',
  units: 'units',
  leader: 'leader',
  name: 'leader',
};

/** Column for a group fragment ("导： 吴勇)"): the group left open, else its tab position, else 一级指标. */
export function fragmentColumn(cols: TableColumns, isOpen: (level: number) => boolean, position: number | null): number | null {
  for (const level of [0, 1]) if (isOpen(level) && groupColumn(cols, level) !== null) return groupColumn(cols, level);
  if (position !== null && cols.groupLevel[position] !== null) return position;
  return groupColumn(cols, 0) ?? groupColumn(cols, 1);
}

// Columns shift in the source: "335.继续发挥…" starts at column 0 (资阳 line 534), "(六十八)…\t238.…"
// lost a cell (line 389), the deadline "2021年6月并 持续推进" sits in the 责任领导 column (line 65),
// "\t三、获得电力\t(十二)…\t44.…" has one cell too many (line 124). So cells are placed by what they
// say, anchored on the measure cell: group labels and 序号 before it, units / leader / deadline
// after it. Text that says nothing ("无", "波") keeps its tab position when the line has one cell
// per column with the measure in place, else takes the next free column. A whole row (markdown,
// Word copy) with one cell per column is placed by position alone: its 配合单位 cell names units
// too, but stays in its column. A units cell after the 牵头单位 one goes to 配合单位.

/** Places the cells of a row line around its measure cell, by content first; raw texts per column. */
export function placeRowCells(
  cells: string[],
  measureIdx: number,
  cols: TableColumns,
  isOpen: (level: number) => boolean,
  whole = false,
): string[][] {
  const placed: string[][] = cols.roles.map(() => []);
  const aligned = cells.length === cols.roles.length && measureIdx === cols.measure;
  if (whole && aligned) return cells.map((c) => (c.trim() ? [c] : []));
  placed[cols.measure].push(cells[measureIdx]);
  for (let i = 0; i < measureIdx; i++) {
    if (!cells[i].trim()) continue;
    placed[preColumn(cells[i], i, aligned, cols, isOpen, placed)].push(cells[i]);
  }
  let next = cols.measure + 1;
  for (let i = measureIdx + 1; i < cells.length; i++) {
    if (!cells[i].trim()) continue;
    const cls = classifyCell(cells[i]);
    const role = cls ? POST_ROLE[cls] : undefined;
    const byClass = role === 'units' ? unitsColumn(cols, placed, aligned ? i : null) : role ? columnOf(cols, role) : null;
    let col: number;
    // a 备注 / 工作目标 cell in place says anything ("新增" is no leader): it keeps its column
    if (aligned && cols.roles[i] === 'other') col = i;
    else if (byClass !== null && byClass > cols.measure) col = byClass;
    else if (aligned) col = i;
    else col = Math.min(next, cols.roles.length - 1);
    placed[col].push(cells[i]);
    next = Math.max(next, col + 1);
  }
  return placed;
}

function preColumn(
  text: string,
  i: number,
  aligned: boolean,
  cols: TableColumns,
  isOpen: (level: number) => boolean,
  placed: string[][],
): number {
  const cls = classifyCell(text);
  const label = cls === 'group1' ? groupColumn(cols, 0) : cls === 'group2' ? groupColumn(cols, 1) : null;
  if (label !== null) return label;
  if (cols.number !== null && /^\d{1,4}$/.test(text.trim())) return cols.number;
  if (aligned) return i;
  if (cls === 'groupFragment') {
    const col = fragmentColumn(cols, isOpen, null);
    if (col !== null) return col;
  }
  for (let c = 0; c < cols.measure; c++) if (placed[c].length === 0) return c;
  return cols.measure;
}

/** Column for units text: 牵头单位, or 配合单位 when it stands there or the 牵头单位 cell is filled. */
function unitsColumn(cols: TableColumns, placed: string[][], position: number | null): number | null {
  const lead = columnOf(cols, 'units');
  const partners = columnOf(cols, 'partners');
  if (partners === null) return lead;
  if (position === partners || (lead !== null && placed[lead]!.length > 0)) return partners;
  return lead ?? partners;
}
