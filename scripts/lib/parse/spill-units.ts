import { cellCompleteness } from './cell-completeness.ts';
import { removeStraySpaces } from './remove-stray-spaces.ts';

/**
 * Splits the units cell of a new row when its start finishes the previous row's units.
 * 资阳 line 316 (row 187) begins "作局、资阳银保监分局、 各县(区)人民政府  市中级人民法院、…":
 * the text before the double space ends row 186's "…市金融工", the rest is row 187's own.
 * Returns [head for the previous row, rest for this row], or null when the cell has no such
 * double space or the head would not complete the previous cell.
 */
export function spillUnits(previous: string, raw: string): [string, string] | null {
  if (cellCompleteness('units', previous) !== 'incomplete') return null;
  const m = /^(.*?\S)\s{2,}(\S[\s\S]*)$/.exec(raw.trim());
  if (!m) return null;
  const joined = previous + removeStraySpaces(m[1]);
  return cellCompleteness('units', joined) === 'complete' ? [m[1], m[2]] : null;
}
