import type { Lexicon, LexiconEntry } from '../../../src/model/compare.ts';
import { compactText } from './compact-text.ts';

/** Start positions of each lexicon phrase found in one text. */
export type Located = Map<string, number[]>;

const indexes = new WeakMap<Lexicon, Map<number, string[]>>();
const owners = new WeakMap<Lexicon, Map<string, Set<LexiconEntry>>>();

/** The entries whose terms (not guards) include each compact phrase. */
function termOwners(lexicon: Lexicon): Map<string, Set<LexiconEntry>> {
  let map = owners.get(lexicon);
  if (map) return map;
  map = new Map();
  for (const e of lexicon.entries) {
    for (const form of e.terms.flatMap((t) => [t.term, ...(t.forms ?? [])])) {
      const p = compactText(form).text;
      map.set(p, (map.get(p) ?? new Set()).add(e));
    }
  }
  owners.set(lexicon, map);
  return map;
}

/** Entries with at least one term among the located phrases: the only ones worth scoring. */
export function entriesHit(located: Located, lexicon: Lexicon): LexiconEntry[] {
  const map = termOwners(lexicon);
  const hit = new Set<LexiconEntry>();
  for (const p of located.keys()) for (const e of map.get(p) ?? []) hit.add(e);
  return lexicon.entries.filter((e) => hit.has(e));
}

/** All compact term forms and guards of a lexicon, by first code unit (built once per lexicon). */
function phraseIndex(lexicon: Lexicon): Map<number, string[]> {
  let index = indexes.get(lexicon);
  if (index) return index;
  index = new Map();
  const phrases = new Set(lexicon.entries.flatMap((e) => [...e.guards, ...e.terms.flatMap((t) => [t.term, ...(t.forms ?? [])])]).map((p) => compactText(p).text));
  for (const p of phrases) {
    if (p === '') continue;
    const list = index.get(p.charCodeAt(0)) ?? [];
    list.push(p);
    index.set(p.charCodeAt(0), list);
  }
  indexes.set(lexicon, index);
  return index;
}

/**
 * Finds every lexicon phrase in a compact text in one pass: at each position only the phrases
 * starting with that character are tried. Scanning the text once per phrase (some 600 of them)
 * made classification the slowest stage of the pipeline.
 */
export function locatePhrases(text: string, lexicon: Lexicon): Located {
  const index = phraseIndex(lexicon);
  const found: Located = new Map();
  for (let i = 0; i < text.length; i++) {
    const candidates = index.get(text.charCodeAt(i));
    if (!candidates) continue;
    for (const p of candidates) {
      if (!text.startsWith(p, i)) continue;
      const list = found.get(p);
      if (list) list.push(i);
      else found.set(p, [i]);
    }
  }
  return found;
}
