/**
 * Keyword scores of a measure, clause by clause. A clause scores, per indicator, the sum of the
 * weights of the distinct terms it contains; the run-in title counts double because it names the
 * measure ("（五）优化外资外贸服务。"). An indicator's score is the sum over clauses; its evidence is
 * the clauses that score at least CLAUSE_MIN for it, with their terms. Clauses scoring 1 (one weak
 * term such as "监管" or "创新") add to the score but are not evidence.
 */
import type { Lexicon } from '../../../src/model/compare.ts';
import { compactText } from './compact-text.ts';
import { enumerationSpans, findTermHits } from './find-term-hits.ts';
import { entriesHit, locatePhrases } from './locate-phrases.ts';
import { splitClauses } from './split-clauses.ts';

/** A clause must score this much for an indicator to count as being about it. */
export const CLAUSE_MIN = 2;

/** Keyword evidence for one indicator. */
export interface KeywordScore {
  /** Sum of clause scores. */
  total: number;
  /** Best single clause score. */
  best: number;
  /** Position of the first evidence clause (clause index), for stable ordering. */
  first: number;
  /** Distinct terms of the evidence clauses, in order of first appearance. */
  keywords: string[];
  /** Evidence clauses, in text order. */
  sentences: string[];
}

/** Keyword scores per indicator id, for indicators with any hit; clauses scoring ≥ `evidenceMin` are evidence. */
export function scoreKeywords(text: string, title: string | null, lexicon: Lexicon, evidenceMin = CLAUSE_MIN): Map<string, KeywordScore> {
  const scores = new Map<string, KeywordScore>();
  splitClauses(text, title).forEach((clause, index) => {
    const compact = compactText(clause.text, clause.notes).text;
    const located = locatePhrases(compact, lexicon);
    if (located.size === 0) return;
    const enumerations = enumerationSpans(compact);
    for (const entry of entriesHit(located, lexicon)) {
      const weights = new Map<string, number>();
      for (const hit of findTermHits(located, entry, enumerations)) {
        weights.set(hit.term, Math.max(weights.get(hit.term) ?? 0, hit.weight));
      }
      if (weights.size === 0) continue;
      const clauseScore = [...weights.values()].reduce((a, b) => a + b, 0) * (clause.isTitle ? 2 : 1);
      const s = scores.get(entry.indicator) ?? { total: 0, best: 0, first: Infinity, keywords: [], sentences: [] };
      s.total += clauseScore;
      s.best = Math.max(s.best, clauseScore);
      if (clauseScore >= evidenceMin) {
        s.first = Math.min(s.first, index);
        s.sentences.push(clause.text);
        for (const term of weights.keys()) if (!s.keywords.includes(term)) s.keywords.push(term);
      }
      scores.set(entry.indicator, s);
    }
  });
  return scores;
}
