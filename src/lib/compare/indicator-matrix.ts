/** The indicator × plan matrix of /indicators/: how many measures of each plan concern each indicator. */
import type { Indicator } from '../../model/compare.ts';
import type { Plan } from '../../model/schema.ts';

/** One cell: measures with the indicator as primary, and as a further (secondary) indicator. */
export interface MatrixCell {
  slug: string;
  primary: number;
  secondary: number;
}

/** One row: an indicator and its cell for every plan, in plan order. */
export interface MatrixRow {
  indicator: Indicator;
  cells: MatrixCell[];
  /** Sums over the plans. */
  primary: number;
  secondary: number;
}

/** Counts for every indicator (rows, taxonomy order) and plan (cells, the plans' order). */
export function indicatorMatrix(plans: Plan[], indicators: Indicator[]): MatrixRow[] {
  return indicators.map((indicator) => {
    const cells = plans.map((p) => ({
      slug: p.slug,
      primary: p.measures.filter((m) => m.indicators[0] === indicator.id).length,
      secondary: p.measures.filter((m) => m.indicators.indexOf(indicator.id) > 0).length,
    }));
    return {
      indicator, cells,
      primary: cells.reduce((n, c) => n + c.primary, 0),
      secondary: cells.reduce((n, c) => n + c.secondary, 0),
    };
  });
}

/** Element id of a plan's column on an indicator page; matrix cells link to it. */
export const planColumnId = (slug: string): string => `plan-${slug}`;

/** URL of an indicator page, optionally at a plan's column. */
export const indicatorUrl = (id: string, slug?: string): string => `/indicators/${id}/${slug ? `#${planColumnId(slug)}` : ''}`;
