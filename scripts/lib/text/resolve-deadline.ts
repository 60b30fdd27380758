/**
 * Deadline cells of the seeds' tables, resolved to the LAST day they allow:
 *   四川 "9月底前", "12月底前", "6月底前", "持续推进";
 *   资阳 "2021年6月", "2021年6月并 持续推进", "2021年7月 并 动态调整", "2021 年 12 月",
 *        "<p>2021年12月并持续推进</p>" (HTML left in the cell), "2022年12月", "无";
 *   running text "今年8月1日前", "今年10月底前", "2021年底前", "年内".
 * A phrase without a year uses the plan's year ("今年"/"本年" too; "明年" = year + 1).
 * Month precision → last day of that month; day precision ("8月1日前") keeps that day.
 * Several dates in one cell → the latest. Open-ended wording ("持续推进", "长期坚持",
 * "动态调整", "常态化") with no date → date null.
 * Marker values ("完成时限：…") are read whole, in these layouts too: "2022年第三季度" / "三季度末"
 * (→ 09-30), "上半年" (→ 06-30), "下半年" (→ 12-31), "2023—2025年" (→ the last year's end);
 * recurring "每年" / "每季度" / "每年6月底前" → date null (no single date to meet).
 * A start ("6月起", "2021年6月1日起") is not a deadline: it is ignored, so a cell that
 * states only a start gives null (with "…起持续推进" the open-ended rule gives date null).
 */
import type { Deadline } from '../../../src/model/schema.ts';
import { removeStraySpaces } from './remove-stray-spaces.ts';

const NUM = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';
const YEAR_PREFIX = '(?:(\\d{4})年|(今|本|明)年)?';
/** [year] month [day] [底/末] [前]; groups: 1 year, 2 今/本/明, 3 month, 4 day, 5 底. */
const MONTH = new RegExp(`(?<!\\d)${YEAR_PREFIX}${NUM}月(?:${NUM}[日号])?(底|末)?(?:之前|以前|前)?`, 'gu');
/** [year] 年底 / 年末 / 年内 [前]; groups: 1 year, 2 今/本/明. "3年内", "每年底" are not. */
const YEAR_END = /(?<![\d一二三四五六七八九十百几多两每上去前次半])(?:(\d{4})|(今|本|明))?年(?:底|末|内)(?:之前|以前|前)?/gu;
/** A bare year standing alone in a cell: "2022年", "2022年并持续推进". */
const BARE_YEAR = /(?<!\d)(\d{4})年(?=$|并|及|[，,；;、])/gu;
/** [year] [第]N季度[末/底][前]; groups: 1 year, 2 今/本/明, 3 quarter. */
const QUARTER = new RegExp(`${YEAR_PREFIX}第?([一二三四1-4])季度`, 'gu');
/** [year] 上半年 / 下半年; groups: 1 year, 2 今/本/明, 3 上/下. */
const HALF = new RegExp(`${YEAR_PREFIX}(上|下)半年`, 'gu');
/** A recurring task: "每年", "每季度", "每半年", "每月". */
const RECURRING = /^每(?:年|季度?|半年|月)/u;
/** Right after a date, these make it a start or a reference point, not a deadline. */
const START_AFTER = /^(?:起|开始|以来|以后|之后)/u;
const OPEN_ENDED = /持续|长期|常态|动态调整|逐步|不断/u;
const TAGS = /<\/?(?:p|br|span|div)\b[^>]*>/giu;

function num(s: string): number {
  if (/^\d+$/u.test(s)) return Number(s);
  const d = (c: string) => '一二三四五六七八九'.indexOf(c) + 1;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? d(s) : 0;
  return (ten === 0 ? 1 : d(s.slice(0, ten))) * 10 + (ten === s.length - 1 ? 0 : d(s.slice(ten + 1)));
}

function yearOf(explicit: string | undefined, relative: string | undefined, planYear: number): number {
  if (explicit) return Number(explicit);
  return relative === '明' ? planYear + 1 : planYear;
}

function iso(y: number, m: number, d?: number): string | null {
  if (m < 1 || m > 12) return null;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate(); // leap years: 2024-02-29
  const day = d ?? last;
  if (day < 1 || day > last) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Resolve a deadline phrase to the last day it allows (plan `year` when it names none); null when it states no deadline. */
export function resolveDeadline(raw: string, year: number): Deadline | null {
  const text = removeStraySpaces(raw.replace(TAGS, ' ')).text;
  if (text === '') return null;
  // Same length as `text`: full-width digits ０-９ → ASCII, so match offsets stay valid.
  const t = text.replace(/[\uFF10-\uFF19]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const isStart = (m: RegExpMatchArray) => START_AFTER.test(t.slice((m.index ?? 0) + m[0].length));
  const dates: string[] = [];
  for (const m of t.matchAll(MONTH)) {
    if (isStart(m)) continue;
    const d = iso(yearOf(m[1], m[2], year), num(m[3] ?? ''), m[4] ? num(m[4]) : undefined);
    if (d) dates.push(d);
  }
  for (const m of t.matchAll(YEAR_END)) {
    if (!isStart(m)) dates.push(`${yearOf(m[1], m[2], year)}-12-31`);
  }
  for (const m of t.matchAll(BARE_YEAR)) dates.push(`${m[1]}-12-31`);
  for (const m of t.matchAll(QUARTER)) {
    const quarter = '一二三四'.indexOf(m[3] ?? '') + 1 || Number(m[3]);
    if (!isStart(m)) dates.push(iso(yearOf(m[1], m[2], year), quarter * 3) ?? '');
  }
  for (const m of t.matchAll(HALF)) if (!isStart(m)) dates.push(`${yearOf(m[1], m[2], year)}-${m[3] === '上' ? '06-30' : '12-31'}`);
  if (RECURRING.test(t)) return { raw: text, date: null };
  if (dates.length > 0) return { raw: text, date: dates.sort().at(-1) ?? null };
  return OPEN_ENDED.test(t) ? { raw: text, date: null } : null;
}
