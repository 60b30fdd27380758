import type { ColumnRole } from '../../../src/model/schema.ts';
import { isCompleteDeadline, isTitleFragment, isUnitName, isWholeTitle } from './classify-cell.ts';

/** Whether a cell's text looks finished, or was cut by a page break. */
export type Completeness = 'empty' | 'complete' | 'incomplete' | 'unknown';

// Measures end a sentence, then maybe markers: "…“准入不准营”。▲", "…4个环节。 ①", "…。●☆"
const MARKERS = /[\s▲△⊙○◎☆★●■□◆◇①-⑳]+$/u;

/**
 * Judges whether `text` in a column of `role` is complete: units whose last name lacks a
 * department ending ("…高新区管委"), measures without a final "。", deadlines ending in "并",
 * title fragments ("常务副市") are incomplete; names and group cells are 'unknown'.
 */
export function cellCompleteness(role: ColumnRole, text: string): Completeness {
  const t = text.replace(/\s+/g, '');
  if (!t) return 'empty';
  if (t === '无') return 'complete';
  switch (role) {
    case 'measure':
      return /[。；;！？!?]$/.test(t.replace(MARKERS, '')) ? 'complete' : 'incomplete';
    case 'units': {
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
