import type { ColumnRole } from '../../../src/model/schema.ts';

/** One accepted column layout: a role and the header names that mean it. */
export interface ColumnNames {
  role: ColumnRole;
  /** Header names as written, spaces ignored ("责任 领导" is 责任领导). */
  names: string[];
}

// Roles come from header names, never from positions; a new layout is a new name here plus a fixture.

/** Header names used by task tables across the country (分工表, 任务清单, 重点举措清单), by role. */
export const COLUMN_NAMES: ColumnNames[] = [
  // "序号\t具体措施\t牵头单位\t完成时限" (四川省 分工表), "| 编号 | 改革事项 | 责任单位 |"
  { role: 'number', names: ['序号', '编号'] },
  // "一级指标\t二级指标\t重点举措…" (资阳); "| 序号 | 领域 | 重点任务 |": the first group column
  // is group1, a second one group2 (see tableColumns)
  { role: 'group1', names: ['一级指标', '指标', '领域', '重点领域', '类别', '事项'] },
  { role: 'group2', names: ['二级指标'] },
  // "| 序号 | 重点任务 | 具体措施 |": two task columns are joined into one measure text
  {
    role: 'measure',
    names: ['重点任务', '工作任务', '改革举措', '具体措施', '重点举措', '主要任务', '工作措施', '任务内容', '改革事项', '工作内容', '具体任务', '举措', '任务'],
  },
  // "牵头单位" (四川), "责任单位" (资阳), "| 牵头部门 | 配合部门 |"
  { role: 'units', names: ['责任单位', '牵头单位', '牵头部门', '责任部门', '主责单位'] },
  // "| 牵头单位 | 配合单位 | 完成时限 |": the units that help, measure `partners`
  { role: 'partners', names: ['配合单位', '协办单位', '参与单位', '配合部门'] },
  // "责任 领导" (资阳), "| 牵头领导 |"
  { role: 'leader', names: ['责任领导', '牵头领导'] },
  // "完成时限" (四川, 资阳), "| 时间节点 |", "| 进度安排 |"
  { role: 'deadline', names: ['完成时限', '完成时间', '时间节点', '时限', '进度安排', '时间安排'] },
  // "| 工作目标 | 备注 |": shown, but nothing is read from them
  { role: 'other', names: ['备注', '目标', '工作目标'] },
];

const BY_NAME = new Map(COLUMN_NAMES.flatMap((c) => c.names.map((n) => [n, c.role] as const)));

// Spaces are ignored ("责任 领导" is 责任领导, "序  号"), and so is a note in brackets after the
// name: "牵头单位（部门）", "责任单位(第一个为牵头单位)", "完成时限（年/月）".
const key = (name: string): string => name.replace(/\s+/g, '').replace(/[（(][^（()）]*[)）]$/, '');

/** Role of a header name; 'other' when unknown. */
export function columnRole(name: string): ColumnRole {
  return BY_NAME.get(key(name)) ?? 'other';
}
