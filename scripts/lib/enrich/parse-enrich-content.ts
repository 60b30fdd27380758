/**
 * Validation of the curated comparison content (content/indicators.json, indicator-lexicon.json,
 * metrics.json). Beyond the zod shapes it checks what a reviewer could get wrong across files:
 * duplicate ids, a lexicon entry or metric naming an unknown indicator, an indicator without
 * lexicon entry, and metric patterns that are not valid regular expressions. Pure: the caller reads
 * the files.
 */
import { z } from 'zod';
import { Lexicon, Metrics, Taxonomy } from '../../../src/model/compare.ts';

/** content/practice-names.json: names of reform practices plans write without quotation marks. */
export const PracticeNames = z.object({
  /** What the file is for (free text). */
  about: z.string(),
  /** Practice names as usually written ("简易注销", "证明事项告知承诺制"), 2–16 characters. */
  names: z.array(z.string().min(2).max(16)),
});

/** The validated content files. */
export interface EnrichContent {
  taxonomy: Taxonomy;
  lexicon: Lexicon;
  metrics: Metrics;
  /** Practice names for the similarity stage (empty when the file is absent). */
  practices: string[];
}

function parse<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
  throw new Error(`${file} is not valid: ${issues}`);
}

function duplicates(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

/** Validate the raw JSON of the files; throws an Error naming the file and every problem found. */
export function parseEnrichContent(raw: { taxonomy: unknown; lexicon: unknown; metrics: unknown; practices?: unknown }): EnrichContent {
  const taxonomy = parse(Taxonomy, raw.taxonomy, 'content/indicators.json');
  const lexicon = parse(Lexicon, raw.lexicon, 'content/indicator-lexicon.json');
  const metrics = parse(Metrics, raw.metrics, 'content/metrics.json');
  const practices = raw.practices === undefined ? [] : parse(PracticeNames, raw.practices, 'content/practice-names.json').names;
  const ids = taxonomy.indicators.map((i) => i.id);
  const problems: string[] = [];
  for (const d of duplicates(ids)) problems.push(`content/indicators.json: indicator id "${d}" appears twice; expected unique ids`);
  if (!ids.includes('general')) problems.push('content/indicators.json: no "general" indicator; expected one as the fallback');
  const lexiconIds = lexicon.entries.map((e) => e.indicator);
  for (const d of duplicates(lexiconIds)) problems.push(`content/indicator-lexicon.json: two entries for "${d}"; expected one per indicator`);
  for (const id of lexiconIds) if (!ids.includes(id)) problems.push(`content/indicator-lexicon.json: entry for unknown indicator "${id}"; expected one of ${ids.join(', ')}`);
  for (const id of ids) if (!lexiconIds.includes(id)) problems.push(`content/indicator-lexicon.json: no entry for indicator "${id}"; expected one per indicator`);
  for (const d of duplicates(metrics.metrics.map((m) => m.id))) problems.push(`content/metrics.json: metric id "${d}" appears twice; expected unique ids`);
  for (const metric of metrics.metrics) {
    if (!ids.includes(metric.indicator)) problems.push(`content/metrics.json: metric "${metric.id}" names unknown indicator "${metric.indicator}"`);
    if (!metric.id.startsWith(`${metric.indicator}-`)) problems.push(`content/metrics.json: metric id "${metric.id}" should start with its indicator "${metric.indicator}-"`);
    for (const source of [...metric.patterns, ...metric.guards]) {
      try {
        new RegExp(source, 'u');
      } catch (e) {
        problems.push(`content/metrics.json: metric "${metric.id}" has invalid pattern /${source}/ (${(e as Error).message})`);
      }
    }
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  for (const d of duplicates(practices)) problems.push(`content/practice-names.json: "${d}" appears twice; expected unique names`);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return { taxonomy, lexicon, metrics, practices };
}
