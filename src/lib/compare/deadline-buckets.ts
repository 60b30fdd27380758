/**
 * Measures grouped by the month of their deadline, per plan, for /deadlines/. Months are those of
 * the plan's own year, so plans of different years line up by month; a date in another year,
 * an open-ended deadline ("持续推进") and no deadline at all are counted in buckets of their own.
 */
import type { Measure, Plan } from '../../model/schema.ts';
import type { TimelineColumn } from '../charts/timeline.ts';

/** A column of the timeline and the table. */
export interface DeadlineColumn extends TimelineColumn {
  /** "01" … "12", "other", "open", "none". */
  key: string;
}

/** The twelve months, then the buckets that are not a month of the plan's year. */
export const DEADLINE_COLUMNS: DeadlineColumn[] = [
  ...Array.from({ length: 12 }, (_, i) => ({ key: String(i + 1).padStart(2, '0'), label: `${i + 1}月`, kind: 'month' as const })),
  { key: 'other', label: '其他年份', kind: 'later' },
  { key: 'open', label: '持续推进', kind: 'open' },
  { key: 'none', label: '未注明', kind: 'none' },
];

/** The year the months refer to: the plan's year, else the year of its earliest dated deadline. */
export function planYear(plan: Plan): number | null {
  if (plan.meta.year) return plan.meta.year;
  const dates = plan.measures.map((m) => m.deadline?.date).filter((d): d is string => !!d).sort();
  return dates[0] ? Number(dates[0].slice(0, 4)) : null;
}

/** The column key of a measure: its deadline's month, or why it has none. */
export function bucketKey(m: Measure, year: number | null): string {
  if (!m.deadline) return 'none';
  if (!m.deadline.date) return 'open';
  return Number(m.deadline.date.slice(0, 4)) === year ? m.deadline.date.slice(5, 7) : 'other';
}

/** Measures of a plan per column key, in measure order. */
export function deadlineBuckets(plan: Plan): Map<string, Measure[]> {
  const year = planYear(plan);
  const buckets = new Map<string, Measure[]>(DEADLINE_COLUMNS.map((c) => [c.key, []]));
  for (const m of plan.measures) buckets.get(bucketKey(m, year))!.push(m);
  return buckets;
}

/** Heading of a bucket in the list: "2021年6月", "其他年份", "持续推进（无具体日期）", "未注明完成时限". */
export function bucketTitle(key: string, year: number | null): string {
  if (key === 'other') return '其他年份';
  if (key === 'open') return '持续推进（无具体日期）';
  if (key === 'none') return '未注明完成时限';
  return `${year ?? ''}${year ? '年' : ''}${Number(key)}月`;
}

/** Element id of a plan's bucket in the list; the timeline's marks and the table's cells link to it. */
export const bucketId = (slug: string, key: string): string => `dl-${slug}-${key}`;

/** URL of a plan's deadline page (/deadlines/<slug>/), optionally at one bucket's list. */
export const deadlinesUrl = (slug: string, key?: string): string => `/deadlines/${slug}/${key ? `#${bucketId(slug, key)}` : ''}`;

/** Where a bucket links: its list on the same page (a plan's page) or on the plan's page (the overview). */
export type BucketHref = (slug: string, key: string) => string;

/** Link to a bucket's list on this very page. */
export const inPageBucket: BucketHref = (slug, key) => `#${bucketId(slug, key)}`;
