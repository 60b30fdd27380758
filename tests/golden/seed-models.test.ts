import { describe, expect, it } from 'vitest';
import { buildPlans } from '../../scripts/lib/build-plans.ts';
import { planToMdast } from '../../scripts/lib/emit/plan-to-mdast.ts';
import { serializeMdx } from '../../scripts/lib/emit/serialize-mdx.ts';
import { CURATED, SEEDS } from './seeds.ts';

// Golden files: the whole model and the emitted MDX of every real seed. They are reviewed like
// code: a change in the parser shows up here as a readable diff (run `vitest -u` to accept).
const { plans, errors } = buildPlans(SEEDS, CURATED);

describe('golden models of the seeds', () => {
  it('builds every seed without errors', () => {
    expect(errors.map((e) => e.message)).toEqual([]);
    expect(plans.map((p) => p.slug)).toEqual(['zigong-2021', 'ziyang-2021', 'sichuan-2021', 'leshan-2023', 'wushan-2021']);
  });
  for (const plan of plans) {
    it(`${plan.slug}: model`, async () => {
      await expect(`${JSON.stringify(plan, null, 1)}\n`).toMatchFileSnapshot(`./__snapshots__/${plan.slug}.model.json`);
    });
    it(`${plan.slug}: MDX`, async () => {
      await expect(serializeMdx(planToMdast(plan))).toMatchFileSnapshot(`./__snapshots__/${plan.slug}.mdx`);
    });
  }
});
