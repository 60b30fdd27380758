/**
 * Words around a number that say how it bounds the target. Before the number:
 *   reduce-to  压减至/压缩至/减少至/降低至/缩短至/精简到…  ("年度纳税次数压减至 6 次")
 *   lte        控制在/不超过/不多于/不高于/不得高于/最多/至多 ("总用时不超过8个工作日", 资阳 row 107
 *              "保证金不得高于5%": a prohibition bounds from above)
 *   lt         低于/少于/不足/不到
 *   gte        不低于/不少于/不得低于/至少/达到/达/提高到/提升至/增至 ("“全程网办”率达 93%以上")
 *   gt         超过/高于/多于/突破/超                     ("促成融资超50亿元")
 *   eq         保持在/等于/为
 * possibly followed by 最短/最快/最迟/平均/约/仅/均 ("压缩至最短3个工作日", "最迟1个工作日办结").
 * The verb may also be split from its 至 by the object (资阳: "压缩出口退税时间至7个工作日内",
 * "压缩增值税留抵退税时间至3个工作日内"): then the cue starts at the verb and the object between
 * verb and 至 is what is measured.
 * After the unit: 以内/之内/内/以下 (lte), 以上 (gte), 办结/办 ("4小时办结", "一日办") (lte).
 * 以上/以下/以内 include the bound itself (民法典第一千二百五十九条), hence gte/lte, not gt/lt.
 * "压减至60个工作日以内" is reduce-to: a stated cut says more than its ≤.
 */
import type { Comparator } from '../../../src/model/compare.ts';

const BEFORE: Array<[string, Comparator]> = [
  ...'压减至 压减到 压减为 压缩至 压缩到 压缩为 减少至 减少到 减少为 缩短至 缩短到 缩减至 缩减到 降低至 降低到 降低为 下降至 下降到 压降至 精简至 精简到 精简为 降至 降为 降到 减至 减到 压至'
    .split(' ').map((c): [string, Comparator] => [c, 'reduce-to']),
  ...'控制在 不超过 不多于 不高于 不得超过 不得高于 不得多于 不应超过 不大于 最多 至多'.split(' ').map((c): [string, Comparator] => [c, 'lte']),
  ...'低于 少于 不足 不到'.split(' ').map((c): [string, Comparator] => [c, 'lt']),
  ...'不低于 不少于 不得低于 不得少于 不小于 至少 达到 达 提高到 提高至 提升到 提升至 增至 增加到 增加至'.split(' ').map((c): [string, Comparator] => [c, 'gte']),
  ...'超过 高于 多于 突破 超'.split(' ').map((c): [string, Comparator] => [c, 'gt']),
  ...'保持在 等于 为'.split(' ').map((c): [string, Comparator] => [c, 'eq']),
];
const FILLER = '(?:最短|最快|最迟|最长|平均|约|仅|只|均)*';
const BEFORE_RE = new RegExp(`(${BEFORE.map(([c]) => c).sort((a, b) => b.length - a.length).join('|')})${FILLER}$`, 'u');
// Negated cues are listed whole ("不低于", "不超过"); the regex takes the leftmost match that
// reaches the number, which is the longest cue, so "不低于30%" is gte, never lt.
const AFTER_RE = /^(?:及以下|以下|及以上|以上|以内|之内|内|办结|办)/u;
const SPLIT_RE = /(压缩|压减|缩短|减少|降低|精简|控制)([^，,。；;：:、]{2,16}?)(至|到|在)$/u;

/** A cue found next to a number. */
export interface Cue {
  comparator: Comparator;
  /** Compact index where the cue starts (before-cue) or ends (after-cue). */
  at: number;
  /** For a split verb ("压缩出口退税时间至"): compact span of the object between verb and 至. */
  object?: [number, number];
}

/** Cue ending right before compact index `numberStart` (fillers allowed in between). */
export function cueBefore(text: string, numberStart: number): Cue | null {
  const window = text.slice(Math.max(0, numberStart - 12), numberStart);
  const base = numberStart - window.length;
  const m = BEFORE_RE.exec(window);
  if (m !== null) return { comparator: BEFORE.find(([c]) => c === m[1])![1], at: base + m.index };
  const wide = text.slice(Math.max(0, numberStart - 24), numberStart);
  const split = SPLIT_RE.exec(wide);
  if (split === null) return null;
  const at = numberStart - wide.length + split.index;
  const object: [number, number] = [at + split[1]!.length, at + split[1]!.length + split[2]!.length];
  return { comparator: split[1] === '控制' ? 'lte' : 'reduce-to', at, object };
}

/** Cue starting at compact index `unitEnd`. */
export function cueAfter(text: string, unitEnd: number): Cue | null {
  const m = AFTER_RE.exec(text.slice(unitEnd));
  if (m === null) return null;
  const comparator: Comparator = m[0].endsWith('上') ? 'gte' : 'lte';
  return { comparator, at: unitEnd + m[0].length };
}

/** Comparator of a target: a reduce-to verb wins; else the cue after the unit; else the one before. */
export function combineCues(before: Cue | null, after: Cue | null): Comparator | null {
  if (before?.comparator === 'reduce-to') return 'reduce-to';
  return after?.comparator ?? before?.comparator ?? null;
}
