/**
 * What a target measures: the phrase before the number (or before its cue), within the clause
 * chunk (up to the previous ，。；：), stripped of dates and framing words:
 *   "6月起实现开办企业4个工作小时办结"          → "开办企业"
 *   "年度纳税次数压减至 6 次"                    → "年度纳税次数"
 *   "将办理正常出口退税的平均时间压缩至 5 个…"   → "办理正常出口退税的平均时间"
 * "…N日内 + verb phrase" states a deadline for an action: after a time window ("通知书发出之日起
 * 20日内和中标供应商签订政府采购合同", "收到发票后5个工作日内按程序办理支付手续") the action is the
 * subject; after an actor, a phrase naming no quantity ("供电企业1个工作日内完成申请受理"), actor and
 * action are joined; with only a verb before ("推出 200 项“一件事一次办”事项", "全年召开2次以上联席
 * 会议") or right after an earlier value ("100个事项“秒批秒办”、100个事项“一证一照办”") the phrase
 * after the unit is the subject. A subject never reaches into a neighbouring target's quote.
 * Enumerations pair up with lists of values: "未实行“三零”服务的低压非居民用户、高压单电源用户、高压
 * 双电源用户的合计办电办理时间分别压减至6个、15个、30个工作日内" → one subject per user class, the
 * shared modifier ("未实行“三零”服务的") and head ("合计办电办理时间") kept on each.
 */
import { originalSlice, type CompactText } from './compact-text.ts';

type Span = [number, number];

const BOUNDARY = /[，,。；;：:！？!?]/u;
const LEAD = new RegExp(
  '^(?:、|的|\\d{1,3}[.．、](?!\\d)|\\d{4}年(?:底|初)?(?:前|起)?|\\d{1,2}月(?:底|初|中旬|上旬|下旬)?(?:前|起|以前|以来)?|\\d{1,2}日(?:前|起)?|' +
    '到年底|年底前|年内|今年|其中|并且|并|且|和|与|及|同时|进一步|全面|努力|争取|力争|确保|实现|推动|推进|推行|' +
    '将|把|使|对于|对|要|应|需|原则上|持续|逐步|切实|积极|通过|按照|从|由|在|已|推出|新增|建成|培育|引进|召开|举办|组织|开展|完成|设立|出台|给予)',
  'u',
);
// 由 as in "由20个工作日压缩至…", not the end of 理由/事由 (资阳 "非正当理由超过30日不签订合同").
const TRAIL = /(?:的|在|(?<![理事缘])由|从|将|把|为|是|已|要|应当|应|均|分别|确保|力争|原则上|并|且|和|与|最快|最迟|最短|平均|、|给予)$/u;
const WINDOW = /(?:之日起|日起|起|以后|后)$/u;
// Nothing but a time or place frame and a verb ("全年召开2次以上联席会议", 资阳 "增加1名工作人员",
// "再推动5家企业完成公司制改制", "减按1%的税率征收契税", "实现全市17个国省考断面水质达到…",
// "实现企业95%税费事项网上办理"): the noun follows the number.
const VERB_ONLY = /^(?:全年|今年|年内|每年|全市|全省|全县|全区)?再?(?:召开|举办|组织|开展|推出|新增|建成|建设|搭建|培育|引进|完成|设立|出台|实施|提供|实现|推动|力争|增加|增设|减按)*(?:企业)?$/u;
// A phrase naming a quantity; without one the phrase is an actor ("供电企业") and the action after
// "N日内" completes the subject ("供电企业完成申请受理").
const QUANTITY_NOUN = /时间|时限|用时|期限|时长|环节|次数|率|比例|费用|成本|流程/u;
const MARKERS = ['用户', '企业', '平均', '年均', '全流程', '合计', '“', '时间', '用时', '时限', '次数', '环节', '普及率', '比例'];

function trim(text: string, [a, b]: Span): Span {
  for (let changed = true; changed && a < b; ) {
    changed = false;
    const lead = LEAD.exec(text.slice(a, b));
    if (lead && lead[0].length > 0) [a, changed] = [a + lead[0].length, true];
    const trail = TRAIL.exec(text.slice(a, b));
    if (trail && a < b) [b, changed] = [b - trail[0].length, true];
  }
  return [a, Math.max(a, b)];
}

/** Start of the chunk ending at `at`: the previous top-level boundary or unmatched "(". */
function chunkStart(text: string, at: number): number {
  let depth = 0;
  for (let a = at; a > 0; a--) {
    const ch = text[a - 1]!;
    if (ch === ')') depth++;
    else if (ch === '(' && depth-- === 0) return a;
    else if (depth === 0 && BOUNDARY.test(ch)) return a;
  }
  return 0;
}

/** Chunk before `at` back to the previous boundary (or `floor`), trimmed; a quote left open is cut ("开办企业“4小时办结"). */
export function phraseBefore(text: string, at: number, floor = 0): Span {
  const a = Math.max(chunkStart(text, at), floor);
  const open = text.lastIndexOf('“', at - 1);
  const b = open >= a && text.indexOf('”', open) >= at ? open : at;
  return trim(text, [a, b]);
}

/** Chunk after `at` up to the next top-level boundary, unmatched ")" or `ceiling`, trimmed. */
export function phraseAfter(text: string, at: number, ceiling = text.length): Span {
  let b = at;
  for (let depth = 0; b < ceiling; b++) {
    const ch = text[b]!;
    if (ch === '(') depth++;
    else if (ch === ')' && depth-- === 0) break;
    else if (depth === 0 && BOUNDARY.test(ch)) break;
  }
  return trim(text, [at, b]);
}

/** Top-level "、" positions in span (not inside “…” or (…)). */
function listSeparators(text: string, [a, b]: Span): number[] {
  const cuts: number[] = [];
  let depth = 0;
  for (let i = a; i < b; i++) {
    const ch = text[i]!;
    if ('“(《'.includes(ch)) depth++;
    else if ('”)》'.includes(ch)) depth = Math.max(0, depth - 1);
    else if (ch === '、' && depth === 0) cuts.push(i);
  }
  return cuts;
}

/** Where a group of values sits: quote span [start, end), neighbouring targets' bounds, count of values. */
export interface GroupPlace {
  start: number;
  end: number;
  /** End of the previous target's quote (subjects never reach into it). */
  floor: number;
  /** Start of the next target's quote. */
  ceiling: number;
  count: number;
  /** True when the value ends in 内/以内 ("N个工作日内完成…"). */
  deadline: boolean;
  /** Object of a split verb ("压缩出口退税时间至…"): the subject as written. */
  object?: Span;
}

/** One subject per value of the group at `p` in compact `c` of `source`. */
export function subjectsFor(source: string, c: CompactText, p: GroupPlace): string[] {
  const { start, end, count, deadline } = p;
  const text = c.text;
  const say = ([a, b]: Span) => originalSlice(source, c, a, b).replace(/\s+/gu, '');
  if (p.object !== undefined) return Array<string>(count).fill(say(trim(text, p.object)));
  const before = phraseBefore(text, start, p.floor);
  const after = phraseAfter(text, end, p.ceiling);
  const beforeText = text.slice(...before);
  const quoted = before[1] < start && text.slice(before[1], start).includes('“');
  // "推动100个事项“秒批秒办”、100个事项“一证一照办”": after a previous value and "、", the noun follows.
  const nounAfter = p.floor > 0 && /、$/u.test(text.slice(p.floor, start));
  const useAfter = !quoted && after[0] < after[1] && (WINDOW.test(beforeText) || VERB_ONLY.test(beforeText) || nounAfter);
  let subject = useAfter ? say(after) : say(before);
  if (!useAfter && deadline && after[0] < after[1] && !QUANTITY_NOUN.test(beforeText)) subject += say(after);
  if (subject === '') subject = say(phraseBefore(text, chunkStart(text, start) - 1));
  const cuts = listSeparators(text, before);
  if (count < 2 || cuts.length !== count - 1) return Array<string>(count).fill(subject);
  const items: Span[] = [before[0], ...cuts.map((x) => x + 1)].map((a, i) => [a, cuts[i] ?? before[1]]);
  const first = items[0]!;
  const de = text.lastIndexOf('的', first[1] - 1);
  const prefix: Span = de >= first[0] ? [first[0], de + 1] : [first[0], first[0]];
  items[0] = [prefix[1], first[1]];
  const last = items.at(-1)!;
  const lastText = text.slice(...last);
  const dePos = lastText.indexOf('的');
  const markerPos = Math.min(...MARKERS.map((m) => lastText.indexOf(m)).filter((p) => p >= 1), Infinity);
  const split = dePos >= 1 ? dePos : markerPos;
  if (!Number.isFinite(split)) return items.map((it) => say(prefix) + say(it));
  const tail: Span = [last[0] + split + (dePos >= 1 ? 1 : 0), last[1]];
  items[items.length - 1] = [last[0], last[0] + split];
  return items.map((it) => say(prefix) + say(it) + (dePos >= 1 ? '的' : '') + say(tail));
}
