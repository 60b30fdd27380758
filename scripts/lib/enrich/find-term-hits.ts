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
import type { Located } from './locate-phrases.ts';

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
  // Most clauses list nothing: skip the regex unless there are two 、 and a 等.
  if (!text.includes('等') || text.indexOf('、') === text.lastIndexOf('、')) return [];
  return [...text.matchAll(ENUMERATION)].map((m): [number, number] => [m.index, m.index + m[0].length]);
}


const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** An entry's guards and term forms in compact form, computed once per entry (the lexicon is reused for every clause). */
interface CompiledEntry {
  guards: string[];
  forms: { term: string; weight: number; phrase: string }[];
}
const compiled = new WeakMap<LexiconEntry, CompiledEntry>();

function compile(entry: LexiconEntry): CompiledEntry {
  let c = compiled.get(entry);
  if (!c) {
    c = {
      guards: entry.guards.map((g) => compactText(g).text),
      forms: entry.terms.flatMap((t) => [t.term, ...(t.forms ?? [])].map((form) => ({ term: t.term, weight: t.weight, phrase: compactText(form).text }))),
    };
    compiled.set(entry, c);
  }
  return c;
}

/** Hits of `entry`'s terms in a compact text whose lexicon phrases were located (locatePhrases), in text order. */
export function findTermHits(located: Located, entry: LexiconEntry, enumerations: Array<[number, number]>): TermHit[] {
  const { guards: guardPhrases, forms } = compile(entry);
  const raw: TermHit[] = [];
  for (const f of forms) {
    for (const start of located.get(f.phrase) ?? []) raw.push({ term: f.term, weight: f.weight, start, end: start + f.phrase.length });
  }
  if (raw.length === 0) return [];
  const guards = guardPhrases.flatMap((phrase) => (located.get(phrase) ?? []).map((start) => ({ start, end: start + phrase.length })));
  const unguarded = raw.filter((h) => !guards.some((g) => overlaps(g, h)));
  unguarded.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TermHit[] = [];
  for (const h of unguarded) if (!kept.some((k) => k.start <= h.start && h.end <= k.end)) kept.push(h);
  return kept
    .map((h) => (enumerations.some(([a, b]) => h.start >= a && h.end <= b) ? { ...h, weight: Math.min(h.weight, 1) } : h))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
