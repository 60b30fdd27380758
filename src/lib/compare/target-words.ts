/** How a target reads in Chinese on the comparison pages: "不超过 8 工作日", "由 20 压减至 15 工作日". */
import type { Comparator } from '../../model/compare.ts';

/** Comparators in words, as a reader of the plans would say them; a bare figure has none. */
export const COMPARATOR_WORDS: Record<Comparator, string> = {
  lte: '不超过',
  lt: '少于',
  gte: '不低于',
  gt: '超过',
  eq: '为',
  'reduce-to': '压减至',
};

/** A value as written in the tables: no trailing zeros, no thousands separator (5.5, 0.5, 2000). */
export const formatNumber = (n: number): string => String(Number(n.toFixed(6)));

/** The fields a phrase is made of. */
export interface TargetLike {
  value: number;
  unit: string;
  comparator: Comparator | null;
  from: number | null;
}

/** Value with unit: "8 工作日", "93%", "5.5 次". */
export const valueWithUnit = (value: number, unit: string): string => (unit === '%' ? `${formatNumber(value)}%` : `${formatNumber(value)} ${unit}`);

/** The whole target in words: comparator, value, unit and, for a cut, where it starts. */
export function targetPhrase(t: TargetLike): string {
  const words = t.comparator ? COMPARATOR_WORDS[t.comparator] : '';
  const to = valueWithUnit(t.value, t.unit);
  if (t.from !== null) return `由 ${valueWithUnit(t.from, t.unit)} ${words || '变为'} ${to}`;
  return words ? `${words} ${to}` : to;
}
