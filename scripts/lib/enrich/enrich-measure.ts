/**
 * ENRICH for the comparison pages, one measure at a time: its indicators with evidence
 * (classifyMeasure), its quantitative targets (findTargets), and for each target the clause it was
 * read from and the headline metric it feeds (matchMetric). Pure; content comes validated from
 * parseEnrichContent.
 */
import type { MeasureEnrichment } from '../../../src/model/compare.ts';
import { classifyMeasure, type MeasureInput } from './classify-measure.ts';
import { findTargets } from './extract-targets.ts';
import { matchMetric } from './match-metric.ts';
import type { EnrichContent } from './parse-enrich-content.ts';
import { splitClauses } from './split-clauses.ts';

/** Indicators, evidence and targets (with sentence and metric) of one measure. */
export function enrichMeasure(m: MeasureInput, content: EnrichContent): MeasureEnrichment {
  const classification = classifyMeasure(m, content.taxonomy, content.lexicon);
  const mentions = findTargets(m.text);
  // Clauses only name the sentence of a target; most measures state none.
  const clauses = mentions.length > 0 ? splitClauses(m.text, m.title) : [];
  const targets = mentions.map(({ mention, start }) => {
    const clause = clauses.find((c) => start >= c.start && start < c.end);
    const sentence = clause?.text ?? m.text;
    return { ...mention, sentence, metric: matchMetric(classification.indicators, mention, sentence, content.metrics) };
  });
  return { ...classification, targets };
}
