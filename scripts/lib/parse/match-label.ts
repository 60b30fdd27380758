/** A numbered item label at the start of a line. */
export interface Label {
  /** Label kind, which is also its nesting depth: 1 = 一、 2 = （一） 3 = 1． 4 = （1） 5 = ①. */
  depth: 1 | 2 | 3 | 4 | 5;
  /** The label exactly as written, trailing spaces excluded ("（一）", "(1)", "1．", "一、"). */
  label: string;
  /** The item's number (一 = 1, （十二） = 12, ③ = 3). */
  number: number;
  /** Text after the label, leading spaces removed. */
  rest: string;
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Value of a Chinese numeral up to 999 ("二十三" → 23, "一百零五" → 105). */
export function chineseNumber(s: string): number | null {
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(s)) return null;
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch === '百') { total += (digit || 1) * 100; digit = 0; } else if (ch === '十') { total += (digit || 1) * 10; digit = 0; } else digit = DIGITS[ch]!;
  }
  return total + digit;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/**
 * Recognises an item label at the start of `text`. Full-width and half-width forms are the
 * same label: the seeds mix "（一）" and "(一)", "1．" and "1." and "1、" ("(三) 获得电力").
 */
export function matchLabel(text: string): Label | null {
  let m = /^([零〇一二两三四五六七八九十百]+)、\s*/.exec(text);
  if (m) return { depth: 1, label: `${m[1]}、`, number: chineseNumber(m[1]!)!, rest: text.slice(m[0].length) };
  m = /^([（(])\s*([零〇一二两三四五六七八九十百]+)\s*([）)])\s*/.exec(text);
  if (m) return { depth: 2, label: `${m[1]}${m[2]}${m[3]}`, number: chineseNumber(m[2]!)!, rest: text.slice(m[0].length) };
  // "1．优化开办企业服务" / "1.目标任务" / "1、…" / "16．2021年…" — but not decimals such as
  // "5.5次" or dates "4.26" (a dot followed by one to three digits and then no digit).
  m = /^(\d{1,4})\s*([.．、])(?![\d０-９]{1,3}(?![\d０-９]))\s*/.exec(text);
  if (m) return { depth: 3, label: `${m[1]}${m[2]}`, number: Number(m[1]), rest: text.slice(m[0].length) };
  m = /^([（(])\s*(\d{1,3})\s*([）)])\s*/.exec(text);
  if (m) return { depth: 4, label: `${m[1]}${m[2]}${m[3]}`, number: Number(m[2]), rest: text.slice(m[0].length) };
  const c = text === '' ? -1 : CIRCLED.indexOf(text[0]!);
  if (c >= 0) return { depth: 5, label: text[0]!, number: c + 1, rest: text.slice(1).trimStart() };
  return null;
}
