/** The province × indicator totals of /indicators/ when plans are many: the plan matrix summed by province. */
import type { Indicator } from '../../model/compare.ts';
import type { Plan } from '../../model/schema.ts';
import { indicatorMatrix, type MatrixRow } from '../compare/indicator-matrix.ts';
import { byProvince } from './province-groups.ts';

/** One province's row: its plans and, per indicator (taxonomy order), the summed counts. */
export interface ProvinceMatrixRow {
  province: string;
  slug: string;
  plans: number;
  cells: { primary: number; secondary: number }[];
}

/** Per-province sums of the indicator matrix (rows of `indicatorMatrix`, cells summed over each province's plans). */
export function provinceMatrix(plans: Plan[], indicators: Indicator[], rows: MatrixRow[] = indicatorMatrix(plans, indicators)): ProvinceMatrixRow[] {
  const column = new Map(plans.map((p, j) => [p.slug, j]));
  return byProvince(plans).map((g) => ({
    province: g.province, slug: g.slug, plans: g.plans.length,
    cells: rows.map((row) => g.plans.reduce((acc, p) => {
      const c = row.cells[column.get(p.slug)!]!;
      return { primary: acc.primary + c.primary, secondary: acc.secondary + c.secondary };
    }, { primary: 0, secondary: 0 })),
  }));
}
