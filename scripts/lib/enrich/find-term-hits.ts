/**
 * Occurrences of one indicator's lexicon terms in a compact clause. Three rules keep keywords
 * honest:
 *  - guards: an entry's guard phrase cancels any of its terms it overlaps, so "用电" in
 *    "使用电子营业执照" (自贡) and "申领发票" (a step of starting a business) do not count;
 *  - longest match: a term inside a longer term of the same indicator is hidden, so "用水用气"
 *    counts once, not also as "用水" and "用气";
 *  - enumerations: a term listed in passing, inside "A、B、C等…" ("全面清理工程建设、市场准入、
 *    …、招标投标、政府采购等领域涉及…的政策文件", 四川 row 101), counts at most 1.
 */
import type { LexiconEntry } from '../../../src/model/compare.ts';
import { compactText } from './compact-text.ts';

/** One occurrence of a lexicon term. */
export interface TermHit {
  /** Canonical term. */
  term: string;
  /** Weight after the enumeration cap. */
  weight: number;
  /** Compact start index. */
  start: number;
  /** Compact end index (exclusive). */
  end: number;
}

// Three or more items joined by 、 and closed by 等; items never span ，。；: or 与及对在将把向,
// so "推动不动产登记与水、电、气、有线电视等" lists only 水、电、气、有线电视.
const ENUMERATION = /(?:[^，。；、,;:：与及对在将把向]{1,15}、){2,}[^，。；、,;:：与及对在将把向]{1,15}?等/gu;

/** Spans [start, end) of "A、B、C等" enumerations in a compact text. */
export function enumerationSpans(text: string): Array<[number, number]> {
  return [...text.matchAll(ENUMERATION)].map((m): [number, number] => [m.index, m.index + m[0].length]);
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** Hits of `entry`'s terms in compact `text`, in text order. */
export function findTermHits(text: string, entry: LexiconEntry, enumerations: Array<[number, number]>): TermHit[] {
  const guards = entry.guards.flatMap((g) => {
    const phrase = compactText(g).text;
    return occurrences(text, phrase).map((start) => ({ start, end: start + phrase.length }));
  });
  const raw: TermHit[] = [];
  for (const t of entry.terms) {
    for (const form of [t.term, ...(t.forms ?? [])]) {
      const phrase = compactText(form).text;
      for (const start of occurrences(text, phrase)) raw.push({ term: t.term, weight: t.weight, start, end: start + phrase.length });
    }
  }
  const unguarded = raw.filter((h) => !guards.some((g) => overlaps(g, h)));
  unguarded.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TermHit[] = [];
  for (const h of unguarded) if (!kept.some((k) => k.start <= h.start && h.end <= k.end)) kept.push(h);
  return kept
    .map((h) => (enumerations.some(([a, b]) => h.start >= a && h.end <= b) ? { ...h, weight: Math.min(h.weight, 1) } : h))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
