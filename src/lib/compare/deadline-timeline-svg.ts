/** The timeline of /deadlines/ (measures per deadline month, per plan) as SVG. */
import type { Measure, Plan } from '../../model/schema.ts';
import { renderTimeline } from '../charts/render-timeline.ts';
import { timeline } from '../charts/timeline.ts';
import { bucketTitle, DEADLINE_COLUMNS, inPageBucket, planYear, type BucketHref } from './deadline-buckets.ts';
import { planShortName } from './plan-items.ts';

/**
 * The chart from each plan's buckets; `tableId` is the count table, its text equivalent. Marks
 * link to the bucket lists: on this page by default, elsewhere through `href` (the overview).
 */
export function deadlineTimelineSvg(rows: { plan: Plan; buckets: Map<string, Measure[]> }[], tableId: string, href: BucketHref = inPageBucket): string {
  const total = (key: string) => rows.reduce((n, r) => n + r.buckets.get(key)!.length, 0);
  const peaks = rows.map(({ plan, buckets }) => {
    const [key, ms] = [...buckets.entries()].filter(([k]) => /^\d\d$/.test(k)).sort((a, b) => b[1].length - a[1].length)[0]!;
    return ms.length > 0 ? `${planShortName(plan)}：${bucketTitle(key, planYear(plan))}最多（${ms.length} 项）` : `${planShortName(plan)}：没有本年度内的日期`;
  });
  return renderTimeline(timeline({
    rows: rows.map((r) => planShortName(r.plan)),
    columns: DEADLINE_COLUMNS,
    values: rows.map(({ plan, buckets }) => DEADLINE_COLUMNS.map((c) => {
      const n = buckets.get(c.key)!.length;
      return { count: n, href: href(plan.slug, c.key), title: `${planShortName(plan)} · ${bucketTitle(c.key, planYear(plan))}：${n} 项` };
    })),
  }), {
    id: 'deadline-chart', title: '各方案措施完成时限分布（按月）', tableId,
    desc: `圆点面积与措施数成正比；虚线圆为持续推进或未注明时限的措施。${peaks.join('；')}。持续推进 ${total('open')} 项，未注明 ${total('none')} 项。`,
  });
}
