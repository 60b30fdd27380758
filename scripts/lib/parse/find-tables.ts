import type { SourceLine } from '../../../src/model/schema.ts';
import { columnRole } from './column-role.ts';

/** A run of source lines that forms one appendix table, header first. */
export interface TableRegion {
  /** Index (into the line array) of the header line. */
  start: number;
  /** Index one past the last line of the region. */
  end: number;
}

/** A tab-separated header naming at least a measure column and one more known column. */
export function isTableHeader(text: string): boolean {
  if (!text.includes('\t')) return false;
  const roles = text.split('\t').map((c) => c.trim()).filter(Boolean).map(columnRole);
  return roles.includes('measure') && roles.filter((r) => r !== 'other').length >= 2;
}

const FOOTER = /^(抄送|主送|印发|信息公开选项)[:：]|印发$|^电子公文专用章$/;
const NOTE = /^\s*(-\s*)?(注[:：]|\d+[.．、])/;

/**
 * Finds appendix tables. A table runs from its header to the first line that cannot belong to
 * it: a long line without tabs that is not a note ("- 注：1.★：…"), or a footer line. Short
 * lines without tabs stay inside, because page breaks strand cell fragments such as "常务  " /
 * "副市长" (资阳 lines 169–170) between rows.
 */
export function findTables(lines: SourceLine[]): TableRegion[] {
  const regions: TableRegion[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!isTableHeader(lines[i]!.text)) continue;
    let end = i + 1;
    while (end < lines.length) {
      const t = lines[end]!.text;
      const bare = t.replace(/\s+/g, '');
      if (!t.includes('\t') && bare !== '' && (FOOTER.test(bare) || (bare.length > 30 && !NOTE.test(t)))) break;
      end++;
    }
    // Trailing blank lines are not part of the table.
    while (end > i + 1 && lines[end - 1]!.text.trim() === '') end--;
    regions.push({ start: i, end });
    i = end - 1;
  }
  return regions;
}
