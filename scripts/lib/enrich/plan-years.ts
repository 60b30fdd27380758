import { yearSpan } from '../text/year-span.ts';

/**
 * The plan's years: from its title ("2021年工作要点", "三年行动计划（2023—2025年）"), else the
 * 文号's year ("〔2021〕"), else the issue date's (ISO, or as written when damaged: "2019116").
 * Only the title can name a span; `end` is null otherwise.
 */
export function planYears(title: string | null, docNumber: string | null, date: string | null): { start: number; end: number | null } | null {
  const fromTitle = yearSpan(title);
  if (fromTitle) return fromTitle;
  const y = /〔(\d{4})〕/u.exec(docNumber ?? '')?.[1] ?? /^((?:19|20)\d{2})/u.exec(date ?? '')?.[1];
  return y ? { start: Number(y), end: null } : null;
}
