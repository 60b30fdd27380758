/**
 * Units a target may carry, how they are written canonically, and their family.
 * Canonical form drops the measure word 个 ("个工作日" → "工作日", "个小时" → "小时", "个环节" →
 * "环节", "个月" → "月") and writes calendar days one way ("天" → "日"); that is spelling, not
 * conversion. Nothing is converted between units: 工作日 (working days), 日 (calendar days),
 * 小时 and 工作小时 (working hours) stay apart, because "4个工作小时" and "一日办结" are different
 * promises. A rate keeps its denominator: "2小时/户", "1.1万元/张", "50—200元/月/人".
 */
import type { UnitFamily } from '../../../src/model/compare.ts';

const TIME = ['个工作日', '工作日', '个工作小时', '工作小时', '个小时', '小时', '分钟', '个月', '天', '日', '年'];
const COUNT = ['个环节', '环节', '次', '项', '个', '家', '名', '件', '户', '人', '场'];
const MONEY = ['亿元', '万元', '元'];
const PER = '(?:/(?:户|人|张|月|年|日|次|公里|件))*';

/** Units, longest first so "个工作日" wins over "个". */
export const UNITS: string[] = [...TIME, ...COUNT, ...MONEY, '%'].sort((a, b) => b.length - a.length);

/** A unit (with optional rate denominators) at the start of a string. */
export const UNIT_AT_START = new RegExp(`^(?:${UNITS.join('|')})${PER}`, 'u');

const FAMILY: Record<string, UnitFamily> = {
  ...Object.fromEntries(TIME.map((u) => [canonicalUnit(u), 'time'])),
  ...Object.fromEntries(COUNT.map((u) => [canonicalUnit(u), 'count'])),
  ...Object.fromEntries(MONEY.map((u) => [u, 'money'])),
  '%': 'percent',
};

/** Canonical spelling of a unit as written ("个工作日" → "工作日", "天" → "日", "小时/户" kept). */
export function canonicalUnit(unit: string): string {
  const [base = '', ...per] = unit.split('/');
  const stripped = base.length > 1 && base.startsWith('个') ? base.slice(1) : base;
  return [stripped === '天' ? '日' : stripped, ...per].join('/');
}

/** Family of a canonical or written unit; null for an unknown unit. */
export function unitFamily(unit: string): UnitFamily | null {
  return FAMILY[canonicalUnit(unit).split('/')[0]!] ?? null;
}
