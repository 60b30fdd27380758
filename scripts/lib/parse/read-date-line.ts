import { isDigitRunDate, parseDigitRunDate } from '../text/parse-digit-run-date.ts';
import { parseChineseDate } from '../text/parse-chinese-date.ts';

/** A signature date line: its ISO date when it resolves, and the text as written. */
export interface DateLine {
  /** ISO date; null when the text is damaged beyond one reading ("2019116", "2020年13月5日"). */
  date: string | null;
  /** The line as written (stray spaces already removed by the caller). */
  raw: string;
}

/**
 * Ways a notice's signature date is written, one per entry (tests/unit/parse/header-recognisers.test.ts
 * runs every example). Each pattern must match the whole line.
 */
export const DATE_LINE_LAYOUTS: readonly { pattern: RegExp; example: string }[] = [
  // "2019年11月6日", "2019 年 11 月 6 日" (spaces removed before), "２０２１年５月２５日"
  { pattern: /^[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日$/u, example: '2019年11月6日' },
  // "二〇二二年五月十日", "二○二二年五月十日" (○ U+25CB), "二零二二年五月十日", "二Ｏ二二年…"
  { pattern: /^[〇○Ｏ零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日$/u, example: '二○二二年五月十日' },
  // "2019116", "20191230": 年/月/日 lost in extraction (resolved only when unambiguous)
  { pattern: /^(?:19|20)\d{4,6}$/u, example: '20191230' },
];

/** Reads `text` as a bare signature date line; null when it is anything else. */
export function readDateLine(text: string): DateLine | null {
  const bare = text.replace(/\s+/g, '');
  if (!DATE_LINE_LAYOUTS.some((l) => l.pattern.test(bare))) return null;
  // "2020年13月5日" is a damaged signature date: still the notice's date line, kept as written, no ISO date.
  const date = isDigitRunDate(bare) ? parseDigitRunDate(bare) : parseChineseDate(bare);
  return { date, raw: text };
}
