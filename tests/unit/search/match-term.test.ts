import { describe, expect, it } from 'vitest';
import type { DecodedPostings } from '../../../src/lib/search/decode-shard.ts';
import { matchTerm } from '../../../src/lib/search/match-term.ts';
import { coverGrams } from '../../../src/lib/search/normalize.ts';

/** Postings of every bigram of some unit texts, sorted by unit, then position (as the index stores them). */
function postings(texts: string[]): Map<string, DecodedPostings> {
  const lists = new Map<string, [number, number][]>();
  texts.forEach((t, unit) => {
    for (let i = 0; i + 1 < t.length; i++) {
      const g = t.slice(i, i + 2);
      if (!lists.has(g)) lists.set(g, []);
      lists.get(g)!.push([unit, i]);
    }
  });
  return new Map([...lists].map(([g, l]) => [g, { units: Uint32Array.from(l, (x) => x[0]), positions: Uint32Array.from(l, (x) => x[1]) }]));
}

/** Every start of `term` in each text, by indexOf. */
function brute(texts: string[], term: string): Map<number, number[]> {
  const out = new Map<number, number[]>();
  texts.forEach((t, unit) => {
    for (let at = t.indexOf(term); at !== -1; at = t.indexOf(term, at + 1)) {
      if (!out.has(unit)) out.set(unit, []);
      out.get(unit)!.push(at);
    }
  });
  return out;
}

describe('coverGrams', () => {
  it('covers every character with the bigrams at even offsets, and the last when the length is odd', () => {
    expect(coverGrams('营商')).toEqual([{ gram: '营商', at: 0 }]);
    expect(coverGrams('营商环境')).toEqual([{ gram: '营商', at: 0 }, { gram: '环境', at: 2 }]);
    expect(coverGrams('告知承诺制')).toEqual([{ gram: '告知', at: 0 }, { gram: '承诺', at: 2 }, { gram: '诺制', at: 3 }]);
    expect(coverGrams('办')).toEqual([]);
    expect(coverGrams('')).toEqual([]);
  });
});

describe('matchTerm', () => {
  // Repeats and overlaps are where a chain of half the bigrams could go wrong: "哈哈哈" holds 哈哈 at 0 and 1.
  const texts = ['哈哈哈哈哈', '营商环境营商环境优化营商', '境营商环', '', '商环境营', '哈哈 哈哈哈', '一网通办一网通办通办一网'];
  const map = postings(texts);
  const terms = ['哈哈', '哈哈哈', '哈哈哈哈', '哈哈哈哈哈哈', '营商环境', '商环境', '环境营商', '营商环境优化营商', '一网通办', '通办一网', '办一网通办', '境营', '不在'];
  for (const term of terms) {
    it(`finds every start of ${term}, as indexOf does`, () => {
      expect(matchTerm(term, (g) => map.get(g))).toEqual(brute(texts, term));
    });
  }

  it('a term with a bigram no unit has matches nothing', () => {
    expect(matchTerm('营商不在', (g) => map.get(g)).size).toBe(0);
  });
});
