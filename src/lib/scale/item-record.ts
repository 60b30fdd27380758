/**
 * A plan's column on an indicator page as data, for the pages that load the measures of chosen
 * plans on demand (/data/indicators/<id>/<province>.json). Every string the static column
 * (components/compare/PlanColumn.astro, CompareItem.astro) shows is computed here at build, so
 * the client only lays out text (with textContent) and both say the same.
 */
import type { Plan } from '../../model/schema.ts';
import { planShortName, type PlanItem } from '../compare/plan-items.ts';
import { splitMarks, trimText } from '../compare/split-marks.ts';
import { indicatorName } from '../compare/taxonomy.ts';
import { targetPhrase } from '../compare/target-words.ts';
import { LEVEL_NAMES, planUrl } from '../plan-urls.ts';

/** One item as the column shows it. */
export interface ItemRecord {
  /** Element id (as the static page's). */
  id: string;
  /** "measure" or "goal". */
  kind: PlanItem['kind'];
  /** Whether the indicator is the item's primary one. */
  primary: boolean;
  /** Link text and target ("措施 3", plan page URL with fragment). */
  name: string;
  url: string;
  /** Badges after the name ("兼及 · 主要为…", "目标段落"). */
  badges: string[];
  /** Headings above it, joined with " › "; "" when the previous item has the same. */
  path: string;
  /** The excerpt as pieces: [text, 1] is a marked keyword, [text] plain. */
  excerpt: ([string] | [string, 1])[];
  /** Targets as phrases. */
  targets: string[];
  /** Lead units and deadlines as shown (measures only; null for goals). */
  facts: { leads: string; deadlines: string } | null;
  /** Evidence line: label, the term (heading or keywords) and what follows. */
  evidence: [string, string, string];
}

/** One plan's column. */
export interface ColumnRecord {
  slug: string;
  name: string;
  url: string;
  level: string;
  year: string;
  /** "市级 · 主要 3 项，兼及 1 项" as on the static column. */
  meta: string;
  items: ItemRecord[];
}

function evidenceOf(item: PlanItem): [string, string, string] {
  const e = item.evidence;
  if (!e) return ['依据：未匹配任何指标，归入综合保障', '', ''];
  if (e.kind === 'heading') return ['依据：标题 ', e.heading ?? '', ''];
  return ['依据：关键词 ', (e.keywords ?? []).join('、'), e.heading ? `（见标题 ${e.heading}）` : ''];
}

/** An item as the column shows it; `samePath` when the previous item has the same headings. */
export function itemRecord(item: PlanItem, samePath: boolean): ItemRecord {
  const e = item.evidence;
  const excerpt = e?.kind === 'keywords' && e.sentences?.length ? e.sentences.join(' … ') : trimText(item.text).text;
  return {
    id: item.domId, kind: item.kind, primary: item.primary, name: item.name, url: item.url,
    badges: [...(!item.primary ? [`兼及 · 主要为${indicatorName(item.primaryIndicator)}`] : []), ...(item.kind === 'goal' ? ['目标段落'] : [])],
    path: samePath ? '' : item.path.join(' › '),
    excerpt: splitMarks(excerpt, e?.kind === 'keywords' ? e.keywords ?? [] : []).map((p) => (p.mark ? [p.text, 1] : [p.text])),
    targets: item.targets.map((t) => `${t.subject ? `${t.subject} ` : ''}${targetPhrase(t)}`),
    facts: item.kind === 'measure' ? { leads: item.leads.length > 0 ? item.leads.join('、') : '未注明', deadlines: item.deadlines.length > 0 ? item.deadlines.map((d) => d.raw).join('；') : '未注明' } : null,
    evidence: evidenceOf(item),
  };
}

/** A plan's column: its items for one indicator (from planItems) with the column's heading line. */
export function columnRecord(plan: Plan, items: readonly PlanItem[]): ColumnRecord {
  const measures = items.filter((i) => i.kind === 'measure');
  const primary = measures.filter((i) => i.primary).length;
  const goals = items.length - measures.length;
  const meta = `${plan.meta.level ? LEVEL_NAMES[plan.meta.level] : '层级未注明'} · 主要 ${primary} 项${measures.length > primary ? `，兼及 ${measures.length - primary} 项` : ''}${goals > 0 ? `，目标段落 ${goals} 段` : ''}`;
  const same = (i: number) => i > 0 && items[i]!.path.join('\n') === items[i - 1]!.path.join('\n');
  return {
    slug: plan.slug, name: planShortName(plan), url: planUrl(plan.slug), level: plan.meta.level ?? 'unknown', year: String(plan.meta.year ?? 'unknown'),
    meta, items: items.map((item, i) => itemRecord(item, same(i))),
  };
}
