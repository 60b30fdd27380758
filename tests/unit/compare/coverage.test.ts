import { describe, expect, it } from 'vitest';
import { planItems } from '../../../src/lib/compare/plan-items.ts';
import { INDICATORS, METRICS } from '../../../src/lib/compare/taxonomy.ts';
import { PLANS } from './seed-plans.ts';

// Done-when checks of the comparison issue that the model alone decides.
const ids = new Set(INDICATORS.map((i) => i.id));

describe('every measure of every seed has an indicator', () => {
  for (const p of PLANS) {
    it(`${p.slug}: ${p.measures.length} measures`, () => {
      const without = p.measures.filter((m) => m.indicators.length === 0 || m.indicators.some((i) => !ids.has(i)));
      expect(without.map((m) => m.id)).toEqual([]);
    });
  }
});

describe('indicator pages list every item once per plan', () => {
  it('items of a plan for an indicator are exactly its measures and goals naming it, primary first', () => {
    for (const p of PLANS) {
      for (const { id } of INDICATORS) {
        const items = planItems(p, id);
        const expected = p.measures.filter((m) => m.indicators.includes(id)).length + p.goals.filter((g) => g.indicators.includes(id)).length;
        expect(items).toHaveLength(expected);
        expect(new Set(items.map((i) => i.domId)).size).toBe(items.length);
        const firstSecondary = items.findIndex((i) => !i.primary);
        if (firstSecondary >= 0) expect(items.slice(firstSecondary).every((i) => !i.primary)).toBe(true);
      }
    }
  });
  it('every metric belongs to a known indicator', () => {
    expect(METRICS.filter((m) => !ids.has(m.indicator)).map((m) => m.id)).toEqual([]);
  });
});
