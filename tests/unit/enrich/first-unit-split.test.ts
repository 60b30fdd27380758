import { describe, expect, it } from 'vitest';
import { splitFirstUnit, tableFollowsFirstUnitRule } from '../../../scripts/lib/enrich/first-unit-split.ts';
import type { BaseMeasure } from '../../../scripts/lib/enrich/enrich-plan.ts';
import type { ParsedTable } from '../../../scripts/lib/parse/parse-table.ts';

const table = (units: string): ParsedTable =>
  ({ columns: [{ name: '序号', role: 'number' }, { name: units, role: 'units' }], rows: [], notes: [], artefacts: {}, warnings: [], edits: [] }) as unknown as ParsedTable;
const measure = (leads: string[], partners: string[] = []) => ({ leads, partners }) as BaseMeasure;

describe('first-unit rule on table rows', () => {
  it('applies to a 责任单位 column under the plan-wide note, or when the header states it', () => {
    expect(tableFollowsFirstUnitRule(table('责任单位'), true)).toBe(true);
    expect(tableFollowsFirstUnitRule(table('责任单位'), false)).toBe(false);
    expect(tableFollowsFirstUnitRule(table('责任单位（第一个为牵头单位）'), false)).toBe(true);
    expect(tableFollowsFirstUnitRule(table('牵头单位'), true)).toBe(false);
  });

  it('splits the first unit from the others, unless the row already has partners', () => {
    expect(splitFirstUnit(measure(['A局', 'B局', 'C局']))).toMatchObject({ leads: ['A局'], partners: ['B局', 'C局'] });
    expect(splitFirstUnit(measure(['A局']))).toMatchObject({ leads: ['A局'], partners: [] });
    expect(splitFirstUnit(measure(['A局', 'B局'], ['D局']))).toMatchObject({ leads: ['A局', 'B局'], partners: ['D局'] });
  });
});
