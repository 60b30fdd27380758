import type { ColumnRole } from '../../../src/model/schema.ts';

// Roles come from header names, never from positions: 资阳 has 一级指标/二级指标/重点举措/责任单位/
// 责任 领导/完成时限, 四川 has 序号/具体措施/牵头单位/完成时限.
const ROLES: [RegExp, ColumnRole][] = [
  [/^序号$/, 'number'],
  [/^一级指标$/, 'group1'],
  [/^二级指标$/, 'group2'],
  [/^(具体措施|重点举措|工作任务|主要任务)$/, 'measure'],
  [/^(牵头单位|责任单位)$/, 'units'],
  [/^责任领导$/, 'leader'],
  [/^(完成时限|时间节点)$/, 'deadline'],
];

/** Role of a header name (spaces ignored: "责任 领导" is 责任领导); 'other' when unknown. */
export function columnRole(name: string): ColumnRole {
  const t = name.replace(/\s+/g, '');
  return ROLES.find(([re]) => re.test(t))?.[1] ?? 'other';
}
