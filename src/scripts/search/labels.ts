import type { Facet } from '../../lib/search/collect-hits.ts';

/** Chinese names of the facets and of coded facet values. */
export const FACET_NAMES: Record<Facet, string> = { kind: '结果类型', province: '省份', region: '地区', level: '层级', year: '年度', indicator: '指标' };
const VALUE_NAMES: Record<string, string> = { plan: '方案全文', indicator: '指标对照', province: '省级', city: '市级', county: '县级' };

/** Display name of a facet value (indicator ids via the manifest's names). */
export function valueName(facet: Facet, value: string, indicatorNames: Map<string, string>): string {
  if (facet === 'indicator') return indicatorNames.get(value) ?? value;
  if (facet === 'year') return `${value}年`;
  return VALUE_NAMES[value] ?? value;
}
