/**
 * A measure's wording as a set of hashed character trigrams, the unit the similarity stage
 * compares. Chinese practice names are three to six characters ("一照多址", "川渝通办",
 * "告知承诺制"), so trigrams keep them while bigrams ("服务", "企业") are everywhere.
 * Responsibility notes ("（市市场监管局牵头，…负责）") and punctuation are left out: two plans
 * naming the same department do not commit to the same practice.
 */
import { findDutyNotes } from '../enrich/find-duty-notes.ts';

/** Characters that carry wording: CJK ideographs, ASCII letters and digits. */
function isWord(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** The text reduced to its wording characters, duty notes removed ("一照多址" stays, "，（）" go). */
export function wordingOf(text: string): string {
  let out = '';
  let from = 0;
  for (const [start, end] of [...findDutyNotes(text), [text.length, text.length] as [number, number]]) {
    for (let i = from; i < start; i++) {
      const c = text.charCodeAt(i);
      if (isWord(c)) out += c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : text[i];
    }
    from = end;
  }
  return out;
}

/** FNV-1a over three UTF-16 code units: a 32-bit trigram id. */
function trigramHash(s: string, i: number): number {
  let h = 0x811c9dc5;
  for (let k = i; k < i + 3; k++) {
    const c = s.charCodeAt(k);
    h = Math.imul(h ^ (c & 0xff), 0x01000193);
    h = Math.imul(h ^ (c >>> 8), 0x01000193);
  }
  return h >>> 0;
}

/** Trigram ids of a measure's wording in text order (empty for texts under three characters). */
export function measureShingles(text: string): Uint32Array {
  const w = wordingOf(text);
  const all = new Uint32Array(Math.max(0, w.length - 2));
  for (let i = 0; i + 3 <= w.length; i++) all[i] = trigramHash(w, i);
  return all;
}

/** The distinct ids of a sequence, sorted. */
export function distinctSorted(seq: Uint32Array): Uint32Array {
  const all = seq.slice().sort();
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[n++] = all[i]!;
  return all.slice(0, n);
}
