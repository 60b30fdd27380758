/**
 * Deadlines inside the running text of a measure, e.g.
 *   四川 "推进政务服务事项标准化,9 月底前完成梳理…", "12 月底\n\n前与国家垂管系统" (page break);
 *   乐山 "今年8月1日前实现无差别综合窗口正式运行。…今年底前，依申请类…";
 *   资阳 "确保到 2021 年底，开办企业…", "年内实现小额信用业务全流程线上办".
 * Only phrases that state an end count: …月底 / …月末 / …前 / …之前 / 年底 / 年内.
 * Not deadlines: "6月1日起" (start), "5月21日省级部门…" (a date), "每月", "按月监测",
 * "3个月以内审结" / "1年以内" / "3年内" (durations), "每年底前" (recurring).
 * A phrase whose explicit year is before the plan's year refers to history, as in
 * 资阳 "完成不动产统一登记前(2016年8月29日之前)房屋登记档案", and is skipped.
 * Known false positive: an event date written with 底, as in 乐山 "做好6月底省上核查迎检工作".
 */
import type { Deadline } from '../../../src/model/schema.ts';
import { removeStraySpaces } from './remove-stray-spaces.ts';
import { resolveDeadline } from './resolve-deadline.ts';

const NUM = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})';
const BEFORE = '(?:之前|以前|前)';
const PREFIX = '(?:\\d{4}|今|本|明)';
const PHRASE = new RegExp(
  '(?<![\\d一二三四五六七八九十百几多两每上去前次半个])' +
    '(?:' +
    // 年底 / 年末 / 年内, optionally 前: "2021年底前", "今年底前", "年内", "到年底"
    `${PREFIX}?年(?:底|末|内)${BEFORE}?` +
    '|' +
    // month with 底/末 and/or 前, or a day followed by 前: "9月底前", "12月底", "8月1日前"
    `(?:${PREFIX}年)?${NUM}月(?:(?:底|末)${BEFORE}?|${BEFORE}|${NUM}[日号]${BEFORE})` +
    ')',
  'gu',
);
const START_AFTER = /^(?:起|开始|以来|以后|之后)/u;

/** Deadline phrases in running text, in order, each resolved with the plan's `year`. */
export function findDeadlines(text: string, year: number): Deadline[] {
  // Join page-break and PDF spaces first ("9 月底前", "12 月底\n\n前"); digits to ASCII (1:1).
  const t = removeStraySpaces(text).text.replace(/[\uFF10-\uFF19]/gu, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
  const found: Deadline[] = [];
  for (const m of t.matchAll(PHRASE)) {
    const phrase = m[0];
    if (START_AFTER.test(t.slice(m.index + phrase.length))) continue;
    const explicitYear = /^(\d{4})年/u.exec(phrase)?.[1];
    if (explicitYear !== undefined && Number(explicitYear) < year) continue; // history
    const resolved = resolveDeadline(phrase, year);
    if (resolved?.date) found.push(resolved);
  }
  return found;
}
