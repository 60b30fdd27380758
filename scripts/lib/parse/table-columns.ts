import type { ColumnRole } from '../../../src/model/schema.ts';
import { columnRole } from './column-role.ts';

/** Column layout of one table, from its header. */
export interface TableColumns {
  names: string[];
  roles: ColumnRole[];
  /** Index of the measure column (具体措施 / 重点举措 …). */
  measure: number;
  /** Index of the 序号 column, or null. */
  number: number | null;
  /** Group level of each column: 0 for 一级指标, 1 for 二级指标, null for the others. */
  groupLevel: (0 | 1 | null)[];
}

/** Builds the column layout from cleaned header names; throws when no measure column is named. */
export function tableColumns(names: string[], line: number): TableColumns {
  const roles = names.map(columnRole);
  const measure = roles.indexOf('measure');
  if (measure < 0) {
    throw new Error(
      `parseTable: header on line ${line} has columns [${names.join(', ')}]; ` +
        'expected one of 具体措施 / 重点举措 / 工作任务 / 主要任务 naming the measure column',
    );
  }
  const number = roles.indexOf('number');
  return {
    names,
    roles,
    measure,
    number: number < 0 ? null : number,
    groupLevel: roles.map((r) => (r === 'group1' ? 0 : r === 'group2' ? 1 : null)),
  };
}

/** Index of the first column with `role`, or null. */
export function columnOf(cols: TableColumns, role: ColumnRole): number | null {
  const i = cols.roles.indexOf(role);
  return i < 0 ? null : i;
}

/** Index of the column holding group level `level`, or null when the table has none. */
export function groupColumn(cols: TableColumns, level: number): number | null {
  const i = cols.groupLevel.indexOf(level as 0 | 1);
  return i < 0 ? null : i;
}
