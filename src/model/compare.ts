/**
 * The comparison model: the indicator taxonomy and its keyword lexicon (content/indicators.json,
 * content/indicator-lexicon.json), headline metrics (content/metrics.json), and what the ENRICH
 * stage derives for each measure: indicators with evidence, and quantitative targets.
 */
import { z } from 'zod';

/** Stable kebab-case indicator id, e.g. "starting-business". */
export const IndicatorId = z.string().regex(/^[a-z]+(?:-[a-z]+)*$/);
/** Free-text note for reviewers at the top of a content file. */
const About = z.string().optional();

/** One indicator of the business-environment evaluation (or the catch-all `general`). */
export const Indicator = z.object({
  /** Stable id; never renamed once published (URLs and saved comparisons use it). */
  id: IndicatorId,
  /** Official Chinese name, e.g. "获得用水用气". */
  zh: z.string().min(1),
  /** English name, e.g. "Getting water and gas". */
  en: z.string().min(1),
  /** national = the 18 indicators of China's evaluation; sichuan = Sichuan's additions; general = fits none. */
  origin: z.enum(['national', 'sichuan', 'general']),
  /** What the indicator covers, one paragraph in English. */
  description: z.string().min(20),
  /** What the indicator covers, one paragraph in Chinese. */
  descriptionZh: z.string().min(10),
  /** Section names that identify the indicator, e.g. ["知识产权创造、保护和运用", "知识产权"]. */
  headingVariants: z.array(z.string().min(1)).min(1),
  /** name: the stripped heading is a variant give or take 3 characters; contains: anywhere in it. */
  headingMatch: z.enum(['name', 'contains']),
});
/** content/indicators.json. */
export const Taxonomy = z.object({
  /** Note for reviewers. */ about: About,
  /** Indicators in display order (ties in classification are broken by this order). */
  indicators: z.array(Indicator).min(1),
});
/** A keyword of the lexicon. */
export const LexiconTerm = z.object({
  /** Canonical term, reported in evidence. */
  term: z.string().min(1),
  /** Other spellings counted as the same term, e.g. "水、电、气" for "水电气". */
  forms: z.array(z.string().min(1)).optional(),
  /** 3 = names the indicator or its core procedure; 2 = clearly belongs to it; 1 = weak support only. */
  weight: z.union([z.literal(1), z.literal(2), z.literal(3)]),
});
/** The keywords of one indicator. */
export const LexiconEntry = z.object({
  /** Indicator id. */
  indicator: IndicatorId,
  /** Terms; a longer term hides the shorter ones it contains ("用水用气" hides "用水"). */
  terms: z.array(LexiconTerm).min(1),
  /** Phrases that cancel any of this indicator's terms they overlap: "电子" cancels "用电" in "使用电子营业执照". */
  guards: z.array(z.string().min(1)),
});
/** content/indicator-lexicon.json. */
export const Lexicon = z.object({
  /** Note for reviewers. */ about: About,
  /** One entry per indicator. */
  entries: z.array(LexiconEntry).min(1),
});
/** How one indicator of a classification was decided. */
export const Evidence = z.object({
  /** Indicator id. */
  indicator: IndicatorId,
  /** heading: a heading names it; keywords: terms in the text, or else in the innermost `heading`. */
  kind: z.enum(['heading', 'keywords']),
  /** The heading (path entry, as written) that named the indicator or supplied the keywords. */
  heading: z.string().optional(),
  /** Matched lexicon terms (canonical), in order of first appearance. */
  keywords: z.array(z.string()).optional(),
  /** The clauses of the text (exact substrings, trimmed) where the terms appear, in text order. */
  sentences: z.array(z.string()).optional(),
});
/** The indicators a measure concerns. */
export const Classification = z.object({
  /** Indicator ids, primary first; never empty ("general" when nothing fits). */
  indicators: z.array(IndicatorId).min(1),
  /** One entry per indicator, same order; empty for the "general" fallback (nothing fitted). */
  evidence: z.array(Evidence),
});
/** How a target bounds its value. reduce-to = "压减至/压缩至/降低至…" (a cut, implies ≤). */
export const Comparator = z.enum(['lte', 'lt', 'gte', 'gt', 'eq', 'reduce-to']);
/** A number with a unit that a measure commits to. */
export const TargetMention = z.object({
  /** What is measured, as written before the number ("年度纳税次数", "低压非居民用户合计办电办理时间"). */
  subject: z.string(),
  /** The value; a range "0.5 个至 3 个工作日" gives two mentions (0.5 and 3). */
  value: z.number(),
  /** Canonical unit: measure word dropped ("个工作日" → "工作日"), "天" → "日"; rates keep "/户". */
  unit: z.string().min(1),
  /** Bound; null for a bare figure ("每季度走访重点外资企业 12 家"). */
  comparator: Comparator.nullable(),
  /** Starting value of "由20个工作日压缩至15个工作日" (20); null otherwise. */
  from: z.number().nullable(),
  /** Exact substring of the input that states the target. */
  quote: z.string().min(1),
});
/** Unit family: only values of one family are compared. */
export const UnitFamily = z.enum(['time', 'count', 'percent', 'money']);
/** A comparable headline metric. */
export const Metric = z.object({
  /** Stable id, prefixed by its indicator's id, e.g. "electricity-low-voltage-time". */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Indicator id the metric belongs to. */
  indicator: IndicatorId,
  /** Chinese label. */ zh: z.string().min(1),
  /** English label. */ en: z.string().min(1),
  /** Unit family a target must have. */
  unitFamily: UnitFamily,
  /** Which direction is better. */
  better: z.enum(['lower', 'higher']),
  /** Regex sources (JS, no flags); one must match the target's subject (see match-metric.ts). */
  patterns: z.array(z.string().min(1)).min(1),
  /** Regex sources that veto the metric when they match the subject (or the target's own chunk). */
  guards: z.array(z.string().min(1)),
});
/** content/metrics.json. */
export const Metrics = z.object({
  /** Note for reviewers. */ about: About,
  /** Metrics; when several match, the first listed wins. */
  metrics: z.array(Metric).min(1),
});
/** A target with the metric it feeds. */
export const EnrichedTarget = TargetMention.extend({
  /** Metric id, or null when the target matches no headline metric. */
  metric: z.string().nullable(),
  /** The clause (exact substring of the measure text) the target was read from. */
  sentence: z.string(),
});
/** What ENRICH adds to one measure for the comparison pages. */
export const MeasureEnrichment = Classification.extend({
  /** Quantitative targets in text order. */
  targets: z.array(EnrichedTarget),
});

export type IndicatorId = z.infer<typeof IndicatorId>;
export type Indicator = z.infer<typeof Indicator>;
export type Taxonomy = z.infer<typeof Taxonomy>;
export type LexiconTerm = z.infer<typeof LexiconTerm>;
export type LexiconEntry = z.infer<typeof LexiconEntry>;
export type Lexicon = z.infer<typeof Lexicon>;
export type Evidence = z.infer<typeof Evidence>;
export type Classification = z.infer<typeof Classification>;
export type Comparator = z.infer<typeof Comparator>;
export type TargetMention = z.infer<typeof TargetMention>;
export type UnitFamily = z.infer<typeof UnitFamily>;
export type Metric = z.infer<typeof Metric>;
export type Metrics = z.infer<typeof Metrics>;
export type EnrichedTarget = z.infer<typeof EnrichedTarget>;
export type MeasureEnrichment = z.infer<typeof MeasureEnrichment>;
