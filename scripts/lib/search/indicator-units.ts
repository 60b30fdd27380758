import type { Indicator, Metrics } from '../../../src/model/compare.ts';
import type { UnitDraft } from './plan-units.ts';

/**
 * The comparison page's own text as search units: its name, what it covers, and its headline
 * metrics. The plans' measures on that page are not indexed again: search adds them by indicator.
 */
export function indicatorUnits(indicator: Indicator, metrics: Metrics): UnitDraft[] {
  const own = metrics.metrics.filter((m) => m.indicator === indicator.id);
  const text = [indicator.zh, indicator.descriptionZh, ...own.map((m) => m.zh)].join('\n');
  return [{ a: '', l: indicator.zh, p: ['指标对照'], t: text, s: [], d: null, indicators: [indicator.id] }];
}
