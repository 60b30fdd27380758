import type { ColumnRole } from '../../../src/model/schema.ts';
import { columnRole } from './column-role.ts';

/** Column layout of one table, from its header. */
export interface TableColumns {
  names: string[];
  roles: ColumnRole[];
  /** Index of the measure column (具体措施 / 重点举措 …): the first task column. */
  measure: number;
  /** Index of a second task column whose text is joined to the first ("重点任务" + "具体措施"), or null. */
  detail: number | null;
  /** Index of the 序号 column, or null. */
  number: number | null;
  /** Group level of each column: 0 for 一级指标, 1 for 二级指标, null for the others. */
  groupLevel: (0 | 1 | null)[];
}

// Group columns take levels in header order: "一级指标\t二级指标" (资阳) are 0 and 1, so are
// "| 领域 | 事项 |"; a third group column is shown but gives no level. A third task column too.
// "| 牵头单位 | 责任单位 |" names the lead first and the units that share the work next: a second
// units column holds partners (when no 配合单位 column does).
function settleRoles(roles: ColumnRole[]): ColumnRole[] {
  let groups = 0;
  let tasks = 0;
  let units = 0;
  const partners = roles.includes('partners');
  return roles.map((r) => {
    if (r === 'group1' || r === 'group2') return (['group1', 'group2'] as const)[groups++] ?? 'other';
    if (r === 'measure') return tasks++ < 2 ? r : 'other';
    if (r === 'units') return units++ === 0 ? r : partners ? 'other' : 'partners';
    return r;
  });
}

/** Builds the column layout from cleaned header names; throws when no measure column is named. */
export function tableColumns(names: string[], line: number): TableColumns {
  const roles = settleRoles(names.map(columnRole));
  const measure = roles.indexOf('measure');
  if (measure < 0) {
    throw new Error(
      `parseTable: header on line ${line} has columns [${names.join(', ')}]; ` +
        'expected a task column such as 具体措施 / 重点任务 / 工作任务 / 主要任务 / 改革举措',
    );
  }
  const number = roles.indexOf('number');
  const detail = roles.indexOf('measure', measure + 1);
  return {
    names,
    roles,
    measure,
    detail: detail < 0 ? null : detail,
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
