/**
 * The "第一责任单位为牵头单位" rule applied to appendix-table rows, after tableMeasures read them:
 *   a plan-wide note ("（第一责任单位为牵头单位，下同）", or "注：第一责任单位为牵头单位" under the table)
 *   over a 责任单位 column: "县市场监管局、县公安局、县税务局" → lead 县市场监管局, partners the rest;
 *   a header that states the rule itself: "责任单位（第一个为牵头单位）".
 * A 牵头单位 column names leads only and is left alone, as are rows that already have partners
 * (a 配合单位 column).
 */
import type { ParsedTable } from '../parse/parse-table.ts';
import { statesFirstUnitLeads } from '../text/first-unit-leads.ts';
import type { BaseMeasure } from './enrich-plan.ts';

/** Whether the rule applies to `table`'s units column, given the plan-wide flag. */
export function tableFollowsFirstUnitRule(table: ParsedTable, planFlag: boolean): boolean {
  const units = table.columns.find((c) => c.role === 'units');
  if (!units) return false;
  return statesFirstUnitLeads(units.name) || (planFlag && /责任/u.test(units.name));
}

/** A table measure with the first of its units as lead and the others as partners. */
export function splitFirstUnit(m: BaseMeasure): BaseMeasure {
  if (m.leads.length < 2 || m.partners.length > 0) return m;
  return { ...m, leads: m.leads.slice(0, 1), partners: m.leads.slice(1) };
}
