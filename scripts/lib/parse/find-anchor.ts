import type { TableColumns } from './table-columns.ts';

/** Where a numbered row starts: the measure cell, its number and its label as written. */
export interface Anchor {
  /** Index of the measure cell among the line's cells. */
  index: number;
  number: number;
  /** "1." in the measure cell (资阳), or the 序号 cell "1" (四川); null for a row of a table without numbers. */
  label: string | null;
}

// "1.加大…", "16.开展…", "366.6 月 30 日前…" (the label is "366.", the text starts with "6")
const MEASURE_LABEL = /^(\d{1,4})\s*([.．、])/;

// Tables with a 序号 column number rows in that cell (四川 "1\t推进…"); others start the measure cell
// with "N." (资阳 "1.加大…"). Only the next number or a small jump counts, so measure text carried
// over a page break that happens to start with digits ("12.4法制宣传日…") is no new row.

/** Finds the row number that starts a measure row, or null for other lines. */
export function findAnchor(cells: string[], cols: TableColumns, lastNumber: number): Anchor | null {
  const plausible = (n: number): boolean =>
    n >= 1 && (lastNumber === 0 || (n > lastNumber && n <= lastNumber + 3));
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i].trim();
    if (cols.number !== null) {
      // "1" (四川), also "1." / "1、" in a 序号 cell
      const m = /^(\d{1,4})[.．、]?$/.exec(cell);
      if (!m || !plausible(Number(m[1]))) continue;
      // a row with every cell in place keeps its task cell even when empty before it ("| 1 | | 具体措施 |")
      const inPlace = cells.length === cols.roles.length && i === cols.number;
      const index = inPlace ? cols.measure : cells.findIndex((c, k) => k > i && c.trim() !== '');
      return { index: index < 0 ? i : index, number: Number(m[1]), label: cell };
    }
    const m = MEASURE_LABEL.exec(cell);
    if (m && plausible(Number(m[1]))) return { index: i, number: Number(m[1]), label: m[1] + m[2] };
  }
  return null;
}
