import type { Label } from './match-label.ts';

/**
 * Sections that frame a plan rather than list its tasks, one entry per wording in use:
 * their numbered items are headings and paragraphs, never measures, and do not count when the
 * measure level is chosen ("（三）主要目标 / 1．到2022年底…" must not make "1．" the measure level).
 */
const PROSE_TITLES: readonly string[] = [
  '总体要求', '总体思路', '指导思想', '基本原则', '工作原则', // "一、总体要求" "（一）指导思想"
  '主要目标', '工作目标', '总体目标', '发展目标', '预期目标', '目标要求', // "（三）主要目标"
  '实施步骤', '工作步骤', '进度安排', '时间安排', '推进步骤', // "五、实施步骤"
  '总则', '附则', // "第一章 总则" of 条例-style plans
];

/**
 * Safeguard sections ("三、保障措施" + "（一）加强组织领导。成立…"): their items are commitments
 * too — the taxonomy's `general` indicator exists for them — so an item at the measure level is
 * a measure; but they do not count when the measure level is chosen (three safeguard "（一）"
 * items must not make "（一）" the level of a plan whose tasks are "1．").
 */
const SAFEGUARD_TITLES: readonly string[] = [
  '保障措施', '保障机制', '组织保障', '实施保障', '工作保障', '组织实施', '组织领导', // "三、保障措施" "四、加强组织保障"
  '工作要求', '有关要求', // "五、工作要求"
];

/** Longest title taken as a framing heading: "四、加强优化营商环境实施保障" (13 characters). */
const MAX_TITLE = 18;

/**
 * Whether a label's text opens a framing section: its title (up to the first "。" or "：",
 * lead notes in brackets cut off) ends with one of the wordings above — "总体要求",
 * "加强组织保障。", "四、加强优化营商环境实施保障" — and is short, so a task such as
 * "（四）强化民商事案件司法保障" or "完善保障措施体系，…" is not taken.
 */
export function isProseTitle(rest: string, titles: readonly string[] = PROSE_TITLES): boolean {
  const title = rest.split(/[。：:]/)[0]!.replace(/[（(〔【][^）)〕】]*[）)〕】]?$/u, '').trim();
  return title.length <= MAX_TITLE && titles.some((w) => title.endsWith(w));
}

/** Whether a label's text opens a safeguard section ("三、保障措施", "四、加强组织保障"). */
export const isSafeguardTitle = (rest: string): boolean => isProseTitle(rest, SAFEGUARD_TITLES);

/**
 * Which labelled items lie inside a framing section ("一、总体要求" down to the next "二、").
 * The framing title must head a section: items below it ("三、保障措施" + "（一）…") or a bare
 * title ("（三）主要目标" + its paragraphs). A task among tasks, "（十二）加强组织领导。完善…"
 * followed by "（十三）…", stays a task.
 */
export function framingItems(labels: (Label | null)[], opens: (rest: string) => boolean = isProseTitle): boolean[] {
  let open: number | null = null;
  const heads = (i: number) => {
    const next = labels.slice(i + 1).find((l) => l !== null && l.kind !== 'dash');
    return /^[^。：:]*[。：:]?$/u.test(labels[i]!.rest) || (next !== undefined && next!.rank > labels[i]!.rank);
  };
  return labels.map((l, i) => {
    if (!l) return false;
    if (l.kind === 'dash') return open !== null;
    if (open !== null && l.rank <= open) open = null;
    if (open === null && opens(l.rest) && heads(i)) open = l.rank;
    return open !== null;
  });
}
