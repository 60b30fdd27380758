/**
 * Numbers as plans write them: Arabic with decimals ("5.5次", "0.5个工作日", "35.3%") and Chinese
 * numerals ("一日办结", "两个工作日", "二十", "十二", "一百二十"), plus "半" (half) on its own.
 * 万 and 亿 are not parsed as numerals: they belong to the money units 万元 / 亿元.
 */

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SCALES: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Characters a Chinese numeral is made of. */
export const CHINESE_NUMERAL = /[零〇一二两三四五六七八九十百千]+|半/u;

/** Value of a Chinese numeral ("二十" → 20, "十二" → 12, "两" → 2, "半" → 0.5); null if malformed. */
export function parseChineseNumeral(s: string): number | null {
  if (s === '半') return 0.5;
  if (s === '') return null;
  let total = 0;
  let digit: number | null = null;
  let lastScale = Infinity;
  for (const ch of s) {
    if (ch in DIGITS) {
      if (digit !== null) return null; // "十四五": two digits in a row is a slogan, not a number
      digit = DIGITS[ch]!;
    } else if (ch in SCALES) {
      const scale = SCALES[ch]!;
      if (scale >= lastScale) return null;
      total += (digit ?? 1) * scale;
      digit = null;
      lastScale = scale;
    } else return null;
  }
  return total + (digit ?? 0);
}

/** Value of an Arabic or Chinese number token; null if it is not a number. */
export function parseNumber(token: string): number | null {
  if (/^\d+(?:\.\d+)?$/u.test(token)) return Number(token);
  return parseChineseNumeral(token);
}
