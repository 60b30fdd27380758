import { DOC_TYPE_END, TITLE_TAIL } from './doc-type-end.ts';
import { matchLabel } from './match-label.ts';
import type { Para } from './join-page-breaks.ts';

/** The plan's own title and where the plan body starts. */
export interface PlanTitle {
  /** Title text, joined when split over lines; null when the document opens with running text. */
  title: string | null;
  line: number | null;
  /** Index of the first body unit. */
  end: number;
}

const SENTENCE = /[。，；：！？,;:]/;

/**
 * Reads the plan title starting at `from`: short unpunctuated lines, joined until they end with a
 * document type ("…实施方案", "…工作要点") or match the name the notice quotes; the title of
 * 巫山 runs over two paragraphs ("巫山县2021年深化“放管服”改革" / "优化营商环境实施方案"); a
 * bracketed year span on the next line is part of it ("…三年行动计划" / "（2023—2025年）").
 */
export function findPlanTitle(units: Para[], from: number, quotedName: string | null): PlanTitle {
  const bare = (s: string) => s.replace(/\s+/g, '');
  let title = '';
  let i = from;
  while (i < units.length && i - from < 4) {
    const text = units[i]!.text;
    if (SENTENCE.test(text) || matchLabel(text) !== null || text.length > 60) break;
    title += text;
    i++;
    if (DOC_TYPE_END.test(title) || (quotedName !== null && bare(title) === bare(quotedName))) break;
  }
  if (title === '' || (!DOC_TYPE_END.test(title) && quotedName === null && i - from > 1)) {
    return { title: null, line: null, end: from };
  }
  if (i < units.length && TITLE_TAIL.test(units[i]!.text)) title += units[i++]!.text;
  return { title, line: units[from]!.line, end: i };
}
