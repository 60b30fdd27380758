import { logArtefact, type ParseLog } from './parse-log.ts';

// Han characters plus the punctuation and markers that sit among them: CJK symbols (、。〔〕),
// full-width forms (（），：), curly quotes and dashes, circled numbers (①), and the measure
// markers ▲△○◎☆★● (geometric shapes) and ⊙ (U+2299, math operators).
const CJK_CLASS =
  '[\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2010-\\u2027\\u2460-\\u24ff\\u25a0-\\u27bf\\u2190-\\u22ff\\u00b7]';

const STRAY = new RegExp(`(?<=${CJK_CLASS})\\s+|\\s+(?=${CJK_CLASS})`, 'gu');

// "获得 电力费用" → "获得电力费用", "2021 年 6 月" → "2021年6月", "R&D 占" → "R&D占", "。 ①" → "。①";
// between Latin words a run is squeezed to one space ("in  the" → "in the"). Each run counts once.

/** Removes whitespace touching CJK text or punctuation, squeezes the rest, trims; counts 'stray-space'. */
export function removeStraySpaces(text: string, log?: ParseLog, line = 0): string {
  let removed = 0;
  const out = text
    .trim()
    .replace(STRAY, () => {
      removed++;
      return '';
    })
    .replace(/\s{2,}|[^\S ]/g, () => {
      removed++;
      return ' ';
    });
  if (log) logArtefact(log, 'stray-space', line, '', '', removed);
  return out;
}
