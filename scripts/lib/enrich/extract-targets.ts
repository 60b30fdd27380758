/**
 * Quantitative targets of a measure: numbers with a unit, the bound they set, what they measure.
 * The text is read in its compact form (whitespace dropped, full-width folded: "压减至 96 小时以内",
 * "８０％"), numbers that are not targets are dropped (see scan-quantities.ts), numbers that belong
 * together are grouped (group-quantities.ts), and each group yields one mention per value:
 *   from   "由20个工作日压缩至15个工作日" → one mention, value 15, from 20, reduce-to
 *   range  "控制在 0.5 个至 3 个工作日内" → two mentions (0.5 and 3), same comparator and subject;
 *          a range states the span of the listed cases, so both ends are kept, and `from` stays
 *          null (it is not a starting value)
 *   list   "分别压减至6个、15个、30个工作日内" → three mentions, one subject each where the
 *          enumeration before them has as many items
 * Every quote is the exact input substring from the cue (or 由/从) to the last unit and its
 * trailing cue; the values of a range or list share their quote.
 */
import type { TargetMention } from '../../../src/model/compare.ts';
import { compactText, originalSlice } from './compact-text.ts';
import { groupEnd, groupQuantities } from './group-quantities.ts';
import { isScopeLimit, nonTargetReason, scanQuantities } from './scan-quantities.ts';
import { combineCues, cueAfter, cueBefore } from './target-cues.ts';
import { subjectsFor } from './target-subject.ts';
import { canonicalUnit } from './target-units.ts';

/** A target with where its quote sits in the input. */
export interface LocatedTarget {
  mention: TargetMention;
  /** Index of the quote in the input. */
  start: number;
  /** End of the quote (exclusive). */
  end: number;
}

/** Targets of `text` with their positions, in text order. */
export function findTargets(text: string): LocatedTarget[] {
  const c = compactText(text);
  const t = c.text;
  const quantities = scanQuantities(t).filter((q) => nonTargetReason(t, q) === null);
  const kept = groupQuantities(t, quantities).flatMap((g) => {
    const first = g.items[0]!;
    const last = g.items.at(-1)!;
    const end = groupEnd(t, g);
    const before = cueBefore(t, first.numberStart);
    const after = cueAfter(t, last.end);
    if (isScopeLimit(t, last.end, end, before !== null && before.comparator !== 'eq')) return [];
    const start = g.kind === 'from' ? first.numberStart - 1 : (before?.at ?? first.numberStart);
    return [{ g, start, end, before, after }];
  });
  const found: LocatedTarget[] = [];
  kept.forEach(({ g, start, end, before, after }, i) => {
    const first = g.items[0]!;
    const last = g.items.at(-1)!;
    const values = g.kind === 'from' ? [last] : g.items;
    const comparator = g.kind === 'from' ? 'reduce-to' : combineCues(before, after);
    const place = {
      start,
      end,
      floor: kept[i - 1]?.end ?? 0,
      ceiling: kept[i + 1]?.start ?? t.length,
      count: values.length,
      deadline: after !== null && /内$/u.test(t.slice(last.end, after.at)),
      ...(before?.object ? { object: before.object } : {}),
    };
    const subjects = subjectsFor(text, c, place);
    const quote = originalSlice(text, c, start, end);
    const [qStart, qEnd] = [c.offsets[start]!, c.offsets[end - 1]! + 1];
    values.forEach((q, k) => {
      const mention: TargetMention = {
        subject: subjects[k]!,
        value: q.value,
        unit: canonicalUnit(q.unit!),
        comparator,
        from: g.kind === 'from' ? first.value : null,
        quote,
      };
      found.push({ mention, start: qStart, end: qEnd });
    });
  });
  return found;
}

/** Quantitative targets stated in `text`, in text order; every quote is an exact substring of `text`. */
export function extractTargets(text: string): TargetMention[] {
  return findTargets(text).map((t) => t.mention);
}
