import { fold } from './normalize.ts';

/** A search request as the user typed it, split into terms that must all occur. */
export interface ParsedQuery {
  /** Terms as typed (quotes removed), for display. */
  terms: string[];
  /** Folded terms used for matching; each at least two characters. */
  folded: string[];
  /** Terms dropped because they are shorter than two characters. */
  tooShort: string[];
}

/**
 * Space-separated terms mean AND; a quoted phrase ("川渝 通办" or “川渝 通办”) is one term with
 * its spaces. Every term is matched exactly as a substring, so quoting only matters for spaces.
 */
export function parseQuery(q: string): ParsedQuery {
  const terms: string[] = [];
  const re = /["“”「」『』]([^"“”「」『』]*)["“”「」『』]|(\S+)/g;
  for (const m of q.matchAll(re)) {
    const t = (m[1] ?? m[2] ?? '').trim();
    if (t !== '') terms.push(t);
  }
  const folded: string[] = [];
  const tooShort: string[] = [];
  for (const t of terms) {
    const f = fold(t).text;
    if (f.length < 2) tooShort.push(t);
    else if (!folded.includes(f)) folded.push(f);
  }
  return { terms, folded, tooShort };
}
