import { fold } from './normalize.ts';

/** A short piece of a unit's text around its first match, with the matches to mark. */
export interface Excerpt {
  text: string;
  /** [start, end) ranges of `text` to highlight, sorted, not overlapping. */
  marks: [number, number][];
  /** The excerpt starts after / ends before the unit's text does. */
  cutStart: boolean;
  cutEnd: boolean;
}

/**
 * Builds an excerpt of about `width` characters around the first occurrence of any term,
 * marking every whole occurrence inside it — exact phrases, never single characters.
 */
export function excerpt(text: string, terms: string[], width = 90): Excerpt {
  const f = fold(text);
  const ranges: [number, number][] = [];
  for (const t of terms) {
    for (let at = f.text.indexOf(t); at >= 0; at = f.text.indexOf(t, at + 1)) {
      ranges.push([f.offsets[at]!, f.offsets[at + t.length - 1]! + 1]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  const first = merged[0]?.[0] ?? 0;
  const from = Math.max(0, Math.min(first - Math.floor(width / 3), text.length - width));
  const to = Math.min(text.length, from + width);
  const marks = merged.filter(([s, e]) => s >= from && e <= to).map(([s, e]) => [s - from, e - from] as [number, number]);
  return { text: text.slice(from, to).replace(/\n/g, ' '), marks, cutStart: from > 0, cutEnd: to < text.length };
}
