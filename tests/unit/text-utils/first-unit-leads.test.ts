import { describe, expect, it } from 'vitest';
import { isRuleClause, statesFirstUnitLeads } from '../../../scripts/lib/text/first-unit-leads.ts';

describe('statesFirstUnitLeads', () => {
  it.each([
    '现提出以下措施（第一责任单位为牵头单位，下同）。',
    '（第一责任部门为牵头部门）',
    '各项任务排在第一位的为牵头单位。',
    '列第一位的部门为牵头部门，其他为配合部门。',
    '排在首位的为牵头单位',
    '第一个单位为牵头单位',
    '责任单位中列在首位的为牵头单位',
    '（第一单位为牵头单位，其他为配合单位）',
  ])('finds the rule in %s', (text) => expect(statesFirstUnitLeads(text)).toBe(true));

  it.each(['各级政府主要负责人是第一责任人。', '市发展改革委牵头，市财政局配合', '第一，加强组织领导。'])(
    'finds none in %s', (text) => expect(statesFirstUnitLeads(text)).toBe(false));

  it('treats the rule and "下同" as clauses without units', () => {
    expect(isRuleClause('下同')).toBe(true);
    expect(isRuleClause('第一责任单位为牵头单位')).toBe(true);
    expect(isRuleClause('市财政局负责')).toBe(false);
  });
});
