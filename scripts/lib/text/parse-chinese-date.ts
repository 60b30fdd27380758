/**
 * Dates in the seeds' signature blocks: "2021 年 3 月 30 日" (PDF spaces),
 * "2021年7月14日印发", "2021年7月30日　　　　" (U+3000 padding). Other plans write
 * full-width digits "２０２１年５月２５日" or Chinese numerals "二〇二一年五月二十五日"
 * (often with "○" U+25CB or "Ｏ" instead of "〇").
 */
import { removeStraySpaces } from './remove-stray-spaces.ts';

const ARABIC = /(?<!\d)(\d{4})年(\d{1,2})月(\d{1,2})[日号]/gu;
/** Index − 3 is the digit value: the four zero spellings all map to 0 (clamped). */
const HAN_DIGIT = '〇○Ｏ零一二三四五六七八九';
const CHINESE = /([〇○Ｏ零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})[日号]/gu;

/** "十"→10, "十二"→12, "二十"→20, "三十一"→31, "五"→5. */
function chineseNumber(s: string): number {
  const digit = (c: string) => Math.max(0, HAN_DIGIT.indexOf(c) - 3);
  const ten = s.indexOf('十');
  if (ten < 0) return digit(s);
  const tens = ten === 0 ? 1 : digit(s.slice(0, ten));
  const ones = ten === s.length - 1 ? 0 : digit(s.slice(ten + 1));
  return tens * 10 + ones;
}

/** "二〇二一" → 2021 (one character per digit). */
function chineseYear(s: string): number {
  return Number([...s].map((c) => Math.max(0, HAN_DIGIT.indexOf(c) - 3)).join(''));
}

function iso(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null; // "2月30日"
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** First valid 年月日 date in `s` as ISO "YYYY-MM-DD"; null when none. */
export function parseChineseDate(s: string): string | null {
  const text = removeStraySpaces(s).text.replace(/[\uFF10-\uFF19]/g, (d) =>
    String.fromCharCode(d.charCodeAt(0) - 0xfee0),
  );
  const found: { index: number; date: string }[] = [];
  for (const m of text.matchAll(ARABIC)) {
    const date = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    if (date) found.push({ index: m.index, date });
  }
  for (const m of text.matchAll(CHINESE)) {
    const date = iso(chineseYear(m[1] ?? ''), chineseNumber(m[2] ?? ''), chineseNumber(m[3] ?? ''));
    if (date) found.push({ index: m.index, date });
  }
  found.sort((a, b) => a.index - b.index);
  return found[0]?.date ?? null;
}
