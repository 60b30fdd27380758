import { describe, expect, it } from 'vitest';
import { buildPlans } from '../../../scripts/lib/build-plans.ts';
import { similarByMeasure, sketchPlan } from '../../../scripts/lib/similar/similar-files.ts';
import { CURATED, SEEDS } from '../../golden/seeds.ts';
import { DIFFERENT, SAME } from './labelled-pairs.ts';

const plans = buildPlans(SEEDS, CURATED).plans;
const similar = similarByMeasure(plans.map((p) => sketchPlan(p, CURATED.content.practices)));
const listed = (a: string, b: string) => (similar.get(a) ?? []).some((x) => x.id === b);

describe('similar measures on the labelled seed pairs', () => {
  it('finds at least 80% of the same-practice pairs, each in the other’s top 5', () => {
    const found = SAME.filter(([a, b]) => listed(a, b) && listed(b, a));
    const missed = SAME.filter((p) => !found.includes(p)).map(([a, b, why]) => `${a} ~ ${b} (${why})`);
    expect(found.length / SAME.length, `missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(0.8);
  });

  it('shows at most 10% of the different-practice pairs', () => {
    const shown = DIFFERENT.filter(([a, b]) => listed(a, b) || listed(b, a)).map(([a, b, why]) => `${a} ~ ${b} (${why})`);
    expect(shown.length / DIFFERENT.length, `shown:\n${shown.join('\n')}`).toBeLessThanOrEqual(0.1);
  });

  it('never pairs a measure with one of its own plan, and keeps at most five, best first', () => {
    for (const [id, refs] of similar) {
      const plan = id.replace(/-m\d+$/, '');
      expect(refs.length).toBeLessThanOrEqual(5);
      for (const r of refs) expect(r.id.replace(/-m\d+$/, '')).not.toBe(plan);
      expect(refs.map((r) => r.score)).toEqual([...refs.map((r) => r.score)].sort((x, y) => y - x));
    }
  });
});
