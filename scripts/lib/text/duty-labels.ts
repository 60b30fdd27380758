/**
 * The labels plans put before who does a task and by when, as DATA: one entry per layout,
 * with the role its value plays. Read by the inline-note reader ("（牵头单位：…；配合单位：…）")
 * and the marker-line reader ("责任单位：…" on its own line, or several labels on one line).
 * A new label = a new entry here + a line in tests/unit/text-utils/duty-labels.test.ts.
 */

/** What a labelled value names: lead units, units responsible (leads unless a 牵头 is named), partners, a deadline, a person. */
export type DutyRole = 'lead' | 'duty' | 'partner' | 'deadline' | 'leader';

/** One label layout: its pattern (without the colon) and the role of its value. */
export interface DutyLabel { pattern: string; role: DutyRole }

/** Optional "（单位）" after 部门: "牵头部门（单位）：…". */
const UNIT_NOTE = '(?:[（(]单位[)）])?';

/** Label layouts, most specific first (a longer label must win over its prefix). */
export const DUTY_LABELS: DutyLabel[] = [
  // "牵头单位：市发展改革委", "牵头部门（单位）：市市场监管局", "主责单位：…", "牵头处室：…"
  { pattern: `(?:牵头负责|牵头|主责|主办)(?:部门|单位|处室)${UNIT_NOTE}`, role: 'lead' },
  // "责任领导：张三", "牵头领导：李四", "分管领导：…", "责任人：…" (a person, not a unit)
  { pattern: '(?:责任|牵头|分管)领导|责任人', role: 'leader' },
  // "责任单位：市自然资源局、市住建局", "责任部门：…", "实施单位：…"
  { pattern: `(?:责任|实施|落实)(?:部门|单位|处室)${UNIT_NOTE}`, role: 'duty' },
  // "配合单位：市公安局", "协办单位：…", "参与部门：…", "协同单位：…"
  { pattern: `(?:配合|协办|参与|协同|协助)(?:部门|单位|处室)${UNIT_NOTE}`, role: 'partner' },
  // "完成时限：2022年6月底前", "完成时间：2022年12月", "办结时限：…", "完成期限：…"
  { pattern: '(?:完成|办结)(?:时限|时间|期限)', role: 'deadline' },
  // "时限要求：长期坚持", "时间节点：2024年6月", "时间要求：…", "推进时限：…"
  // ("时间安排：" is left out: plans use it for a schedule section, not one task's deadline)
  { pattern: '时限要求|时间要求|时间节点|推进时限', role: 'deadline' },
];

/** Any label followed by its colon; global, to find every label on a line. */
export const ANY_LABEL = new RegExp(`(?:${DUTY_LABELS.map((l) => l.pattern).join('|')})\\s*[:：]`, 'gu');

/** Each label anchored at the start of a clause, compiled once (this runs for every bracket of every measure). */
const AT_START = DUTY_LABELS.map((l) => ({ role: l.role, re: new RegExp(`^\\s*(?:${l.pattern})\\s*[:：]\\s*`, 'u') }));

/** The role and value of a labelled clause ("配合单位：市公安局" → partner, "市公安局"); null when it has no label. */
export function matchDutyLabel(clause: string): { role: DutyRole; value: string } | null {
  for (const { role, re } of AT_START) {
    const m = re.exec(clause);
    if (m) return { role, value: clause.slice(m[0].length).trim() };
  }
  return null;
}
