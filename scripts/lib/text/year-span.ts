/**
 * The years a plan title names. Multi-year plans write their span as "（2023—2025年）",
 * "2023-2025年", "2023年至2025年", "（2024—2026）", "2021～2023年"; a single-year plan names
 * one year ("2021年工作要点"). The first year is the plan's year (it sorts under it); the last
 * is kept as `end` only for a span.
 */

/** One entry per way of writing a span; each example is tested in tests/unit/text/header-text.test.ts. */
export const YEAR_SPAN_LAYOUTS: readonly { pattern: RegExp; examples: string[] }[] = [
  {
    pattern: /((?:19|20)\d{2})\s*年?\s*(?:[—–\-－~～]{1,2}|至|到)\s*((?:19|20)\d{2})/u,
    examples: ['三年行动计划（2023—2025年）', '2023-2025年', '2023年至2025年', '（2024—2026年）', '（2024—2026）', '2021～2023年', '2023——2025年'],
  },
];

/** Year span of a title: `{ start, end }`, `end` null for one year; null when it names no year. */
export function yearSpan(title: string | null): { start: number; end: number | null } | null {
  if (!title) return null;
  const text = title.replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  for (const layout of YEAR_SPAN_LAYOUTS) {
    const m = layout.pattern.exec(text);
    const start = Number(m?.[1]);
    const end = Number(m?.[2]);
    if (m && end > start && end - start <= 10) return { start, end };
  }
  // "2021年工作要点", "2021 年" (a year is four digits before 年, not part of a longer number).
  const one = /(?<!\d)((?:19|20)\d{2})\s*年/u.exec(text);
  return one ? { start: Number(one[1]), end: null } : null;
}

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
