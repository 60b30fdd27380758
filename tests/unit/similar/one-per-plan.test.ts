import { describe, expect, it } from 'vitest';
import { onePerPlan, planOfMeasure } from '../../../src/lib/similar/one-per-plan.ts';

describe('onePerPlan', () => {
  it('keeps the first (best) measure of each plan, in order', () => {
    const refs = [{ id: 'b-2022-m1', score: 0.9 }, { id: 'b-2022-m7', score: 0.8 }, { id: 'c-m3', score: 0.7 }, { id: 'b-2022-m2', score: 0.6 }];
    expect(onePerPlan(refs)).toEqual([{ id: 'b-2022-m1', score: 0.9 }, { id: 'c-m3', score: 0.7 }]);
  });
  it('reads the plan from a measure id, slugs with digits and dashes included', () => {
    expect(planOfMeasure('nanjing-gulou-2023-m12')).toBe('nanjing-gulou-2023');
  });
});
