/**
 * The curated comparison content as the site reads it: the indicator taxonomy and the headline
 * metrics. The pipeline validated both files before the site is built (scripts/lib/enrich/
 * parse-enrich-content.ts); parsing again here keeps the types honest at no cost.
 */
import indicatorsJson from '../../../content/indicators.json' with { type: 'json' };
import metricsJson from '../../../content/metrics.json' with { type: 'json' };
import { Metrics, Taxonomy, type Indicator, type Metric } from '../../model/compare.ts';

/** Indicators in display order (content/indicators.json). */
export const INDICATORS: Indicator[] = Taxonomy.parse(indicatorsJson).indicators;

/** Headline metrics in display order (content/metrics.json). */
export const METRICS: Metric[] = Metrics.parse(metricsJson).metrics;

/** The indicator with this id; throws so that a stale id fails the build. */
export function indicatorById(id: string): Indicator {
  const found = INDICATORS.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator "${id}" in content/indicators.json`);
  return found;
}

/** Chinese name of an indicator id (the id itself if unknown, so a page never breaks on it). */
export const indicatorName = (id: string): string => INDICATORS.find((i) => i.id === id)?.zh ?? id;

/** The headline metrics of one indicator, in display order. */
export const metricsOf = (indicatorId: string): Metric[] => METRICS.filter((m) => m.indicator === indicatorId);

/** Chinese words for where an indicator comes from. */
export const ORIGIN_NAMES: Record<Indicator['origin'], string> = {
  national: '国家营商环境评价指标',
  sichuan: '四川省增设指标',
  general: '综合保障类（不属于具体指标）',
};
