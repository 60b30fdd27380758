import { LABEL_KINDS } from './label-kinds.ts';

/** An item label at the start of a line. */
export interface Label {
  /** Label kind (label-kinds.ts): "cn-comma" 一、, "cn-paren" （一）, "arabic-dot" 1．, … */
  kind: string;
  /** Nesting order of the kind: smaller encloses larger (一、 20 > （一） 30 > 1． 40). */
  rank: number;
  /** The label exactly as written, trailing spaces excluded ("（一）", "(1)", "1．", "第三条", "——"). */
  label: string;
  /** The item's number (一 = 1, （十二） = 12, ③ = 3, "１．" = 1); 0 for a bullet. */
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

/** Value of a label's number: Chinese, Arabic (half or full width) or circled. */
function labelNumber(s: string): number {
  if (CIRCLED.includes(s)) return CIRCLED.indexOf(s) + 1;
  const cn = chineseNumber(s);
  if (cn !== null) return cn;
  return Number(s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
}

/**
 * Recognises any item at the start of `text`, bullets ("——坚持…") included. "一是…二是…" is a
 * run-in enumeration inside a sentence, not a label.
 */
export function matchItem(text: string): Label | null {
  for (const k of LABEL_KINDS) {
    const m = k.pattern.exec(text);
    if (!m) continue;
    return { kind: k.kind, rank: k.rank, label: m[0].trimEnd(), number: k.numbered ? labelNumber(m[1]!) : 0, rest: text.slice(m[0].length) };
  }
  return null;
}

/** Recognises a numbered item label at the start of `text` (any kind but bullets). */
export function matchLabel(text: string): Label | null {
  const label = matchItem(text);
  return label !== null && label.kind !== 'dash' ? label : null;
}
