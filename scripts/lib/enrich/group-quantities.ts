/**
 * Numbers that belong together:
 *   from    "由20个工作日压缩至15个工作日" (四川 row 67), "从3个工作日内压减到2个工作日内", "由6个压缩为2个"
 *   range   "0.5 个至 3 个工作日内", "20个至80个工作日内", "5%-12%", "50—200 元/月/人"
 *   list    "分别压减至6个、15个、30个工作日内", "压减至5个、9个、15个小时以内", "50个工作日、18个环节以内"
 *   single  everything else.
 * In ranges and lists a number without unit, or with the bare measure word 个, takes the unit of the
 * last item ("6个、15个、30个工作日" → 工作日 ×3); "50个工作日、18个环节" keep their own units.
 */
import { cueTail, type Quantity } from './scan-quantities.ts';

/** Numbers read together. */
export interface QuantityGroup {
  kind: 'single' | 'list' | 'range' | 'from';
  /** Items in text order, units resolved (an item still without unit is dropped). */
  items: Quantity[];
}

const RANGE_JOIN = /^(?:至|到|-|—|–|~|～)$/u;
const FROM_JOIN = /^(?:以内|之内|内)?(?:压缩|压减|缩短|减少|降低|精简|压降|下降|缩减)(?:至|到|为)$/u;

function resolveUnits(items: Quantity[]): Quantity[] {
  const last = items.at(-1)?.unit ?? null;
  return items
    .map((q) => (last !== null && (q.unit === null || (q.unit === '个' && last.startsWith('个') && last.length > 1)) ? { ...q, unit: last } : q))
    .filter((q) => q.unit !== null);
}

/** Group the quantities of compact `text` (in text order). */
export function groupQuantities(text: string, quantities: Quantity[]): QuantityGroup[] {
  const groups: QuantityGroup[] = [];
  for (const q of quantities) {
    const current = groups.at(-1);
    const prev = current?.items.at(-1);
    const between = prev === undefined ? '' : text.slice(prev.end, q.numberStart);
    const startsFrom = current !== undefined && /[由从]$/u.test(text.slice(0, current.items[0]!.numberStart));
    if (current && current.kind === 'single' && startsFrom && FROM_JOIN.test(between)) current.kind = 'from';
    else if (current && current.kind === 'single' && RANGE_JOIN.test(between)) current.kind = 'range';
    else if (current && (current.kind === 'single' || current.kind === 'list') && between === '、') current.kind = 'list';
    else {
      groups.push({ kind: 'single', items: [q] });
      continue;
    }
    current.items.push(q);
  }
  return groups
    .map((g) => ({ ...g, items: resolveUnits(g.items) }))
    .filter((g) => g.items.length > 0)
    .map((g) => (g.items.length === 1 ? { ...g, kind: 'single' as const } : g));
}

/** End of a group: its last unit plus any cue after it ("以内", "办结"). */
export function groupEnd(text: string, g: QuantityGroup): number {
  return cueTail(text, g.items.at(-1)!.end);
}
