import type { ColumnRole } from '../../../src/model/schema.ts';
import { isCompleteDeadline, isTitleFragment, isUnitName, isWholeTitle } from './classify-cell.ts';

/** Whether a cell's text looks finished, or was cut by a page break. */
export type Completeness = 'empty' | 'complete' | 'incomplete' | 'unknown';

// Measures end a sentence, then maybe markers: "…“准入不准营”。▲", "…4个环节。 ①", "…。●☆"
const MARKERS = /[\s▲△⊙○◎☆★●■□◆◇①-⑳]+$/u;

// Cut off by a page break: units whose last name lacks a department ending ("…高新区管委"), a
// measure without its final "。", a deadline ending in "并" ("2021年7月并"), a title fragment
// ("常务副市"). Person names and group cells cannot be judged: 'unknown'.

/** Whether `text` looks finished for a column of `role`, or cut off by a page break. */
export function cellCompleteness(role: ColumnRole, text: string): Completeness {
  const t = text.replace(/\s+/g, '');
  if (!t) return 'empty';
  if (t === '无') return 'complete';
  switch (role) {
    case 'measure':
      return /[。；;！？!?]$/.test(t.replace(MARKERS, '')) ? 'complete' : 'incomplete';
    case 'units':
    case 'partners': {
      const last = t.split(/[、，,；;]/).pop() ?? '';
      return last && isUnitName(last) ? 'complete' : 'incomplete';
    }
    case 'deadline':
      return isCompleteDeadline(t) ? 'complete' : 'incomplete';
    case 'leader':
      if (isWholeTitle(t)) return 'complete';
      return isTitleFragment(t) ? 'incomplete' : 'unknown';
    case 'number':
      return 'complete';
    default:
      return 'unknown';
  }
}
