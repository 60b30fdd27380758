/**
 * Numbers with units in a compact text, minus the numbers that are not targets. Excluded, and why:
 *   dates          "6月底前", "7月1日起", "2021年6月1日": 月 without 个 is no unit; a 日 after 月 is a day
 *   years          "2021年", "2021 年": 年 counts only as a duration ending in 以内/内/以上 ("1年以内审结")
 *   doc numbers    "〔2021〕17号", "财税〔2016〕23号", "厅字〔2019〕50 号": next to 〔 〕 or before 号
 *   formulas       "5+1", "1+N", "4+2", "1+X": next to +
 *   service hours  "7×24小时", "“24 小时不打烊”", "24小时自助办税服务厅": next to ×, or 24小时 + 不打烊/自助…
 *   phone numbers  12345, 12366, 26110203, "110、119、120、122": no unit, or right after 电话/热线
 *   ordinals       "第二批": after 第
 *   scope limits   "100万元以下（含100万元）或者…", "500平方米及以下的", "首次突破1亿元的中小微企业":
 *                  followed by （含 or 或, or a bounded value (以下/以上, or a cue such as 突破) before
 *                  的, or right after 含 (isScopeLimit); they say which projects a rule covers, not
 *                  what to achieve. A bare value before 的 stays ("标准为 1.1 万元/张的建设补贴").
 *   non-units      "10千伏", "5G", "500平方米", "150 米", "160千瓦", "5000万": not in the unit list
 *   slogans        "一网通办", "最多跑一次", "一件事一次办", "三年行动", "十四五": a Chinese numeral
 *                  counts only after a cue ("压减至两个…") or as a time followed by 办结/办/内
 *                  ("一日办结", "一日办", "两个工作日内")
 */
import { CHINESE_NUMERAL, parseNumber } from './parse-number.ts';
import { cueAfter, cueBefore } from './target-cues.ts';
import { UNIT_AT_START, unitFamily } from './target-units.ts';

/** A number (and the unit written right after it, if any) in a compact text. */
export interface Quantity {
  value: number;
  /** Unit as written, or null. */
  unit: string | null;
  numberStart: number;
  numberEnd: number;
  /** End of the unit, or of the number when there is none. */
  end: number;
  chinese: boolean;
}

const NUMBER = new RegExp(`\\d+(?:\\.\\d+)?|${CHINESE_NUMERAL.source}`, 'gu');
const SERVICE_HOURS = /^(?:不打烊|自助|全天候|在线|服务|营业|值守|热线|通关)/u;
const SCOPE_AFTER = /^(?:\(含|或)/u;
const BOUNDED_CLASS = /^(?:及?以[下上])的/u;

/** Why the quantity is not a target, or null when it may be one (scope limits: see `isScopeLimit`). */
export function nonTargetReason(text: string, q: Quantity): string | null {
  const prev = text[q.numberStart - 1] ?? '';
  const next = text[q.numberEnd] ?? '';
  if (q.unit === '年' && (q.value >= 1000 || !/^(?:以内|之内|内|以上)/u.test(text.slice(q.end)))) return 'year';
  if (q.unit?.startsWith('日') && /(?:\d|[一二三四五六七八九十])月$/u.test(text.slice(0, q.numberStart))) return 'date';
  if (prev === '〔' || next === '〕' || next === '号') return 'document number';
  if (prev === '+' || next === '+') return 'formula';
  if ('×xX*'.includes(prev) || next === '×') return 'service hours';
  if (q.unit?.endsWith('小时') && q.value === 24 && SERVICE_HOURS.test(text.slice(q.end))) return 'service hours';
  if (/(?:电话|热线|号码)$/u.test(text.slice(0, q.numberStart))) return 'phone number';
  if (prev === '第') return 'ordinal';
  if (prev === '含') return 'scope limit';
  if (q.chinese) {
    const timeDone = unitFamily(q.unit ?? '') === 'time' && /^(?:办结|办|以内|之内|内)/u.test(text.slice(q.end));
    if (cueBefore(text, q.numberStart) === null && !timeDone) return 'slogan';
  }
  return null;
}

/** Every number of `text` with the unit right after it (null when none); Chinese numerals glued to digits skipped. */
export function scanQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const numberStart = m.index;
    const numberEnd = numberStart + m[0].length;
    const chinese = !/^\d/u.test(m[0]);
    if (chinese && (/\d/u.test(text[numberStart - 1] ?? '') || /\d/u.test(text[numberEnd] ?? ''))) continue;
    const value = parseNumber(m[0]);
    if (value === null) continue;
    const unit = UNIT_AT_START.exec(text.slice(numberEnd))?.[0] ?? null;
    found.push({ value, unit, numberStart, numberEnd, end: numberEnd + (unit?.length ?? 0), chinese });
  }
  return found;
}

/**
 * True when numbers define a scope, not a target: "…100万元以下（含100万元）或者…", or a bounded
 * value qualifying a noun, "500平方米及以下的", "首次突破1亿元的中小微企业", "不超过…万元的项目".
 * A bare value before 的 stays ("标准为 1.1 万元/张的一次性建设补贴").
 * `end` = end of the last unit; `tail` = end of the cue after it; `bounded` = a cue before the numbers.
 */
export function isScopeLimit(text: string, end: number, tail: number, bounded: boolean): boolean {
  if (SCOPE_AFTER.test(text.slice(tail))) return true;
  if (BOUNDED_CLASS.test(text.slice(end))) return true;
  return bounded && text[tail] === '的';
}

/** End of the after-cue of a quantity ending at `end`, or `end`. */
export function cueTail(text: string, end: number): number {
  return cueAfter(text, end)?.at ?? end;
}
