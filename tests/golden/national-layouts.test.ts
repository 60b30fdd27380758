import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPlans } from '../../scripts/lib/build-plans.ts';
import type { Plan } from '../../src/model/schema.ts';
import { Expected, loadNationalFixtures } from './national-expected.ts';
import { scoreFixture, scoreTable, type Check } from './national-score.ts';
import { CURATED } from './seeds.ts';

// The national-layout acceptance corpus (issue 12): plans in layouts used across China, each with
// facts written by hand. By default every fixture's metadata, measures, leads, partners and
// deadlines are asserted, its whole model is a golden file, and the primary indicators must be
// right for at least 95% of the corpus's measures (a judgement call per measure, where the issue
// asks ≥ 80% of unseen plans); NATIONAL_REPORT=1 scores without failing and writes national-score.md.
const REPORT = process.env.NATIONAL_REPORT === '1';
const INDICATORS_RIGHT = 0.95;

// Each fixture is built alone, so one plan's failure (or slug) never changes another's result.
const results = loadNationalFixtures().map((f) => {
  const exp = Expected.parse(f.raw);
  const { plans, errors } = buildPlans([{ name: f.file, bytes: f.bytes }], CURATED);
  const plan: Plan | null = plans[0] ?? null;
  const error = errors.length ? errors.map((e) => e.message).join('; ') : undefined;
  return { name: f.name, exp, plan, error, checks: scoreFixture(exp, plan) };
});

const wrong = (cs: Check[]) => cs.filter((c) => !c.ok).map((c) => ({ field: c.field, expected: c.expected, actual: c.actual }));

if (REPORT) {
  it('scores the national corpus and writes tests/golden/national-score.md', () => {
    const md = scoreTable(results);
    writeFileSync(resolve(import.meta.dirname, 'national-score.md'), md);
    console.log(md.slice(0, md.indexOf('## Wrong fields')));
    expect(results.length).toBeGreaterThanOrEqual(45);
  });
} else {
  describe.each(results)('$name', ({ plan, error, checks }) => {
    it('builds a plan', () => {
      expect(error ?? null).toBeNull();
      expect(plan).not.toBeNull();
    });
    it('has the expected metadata', () => {
      expect(wrong(checks.filter((c) => c.category === 'metadata'))).toEqual([]);
    });
    it('has the expected measures, leads, partners and deadlines', () => {
      expect(wrong(checks.filter((c) => c.category !== 'metadata' && c.category !== 'indicators'))).toEqual([]);
    });
    it('matches its golden model', async ({ task }) => {
      const name = task.suite!.name;
      await expect(`${JSON.stringify(plan, null, 2)}\n`).toMatchFileSnapshot(`__snapshots__/national/${name}.model.json`);
    });
  });
  it(`has the expected primary indicator for at least ${INDICATORS_RIGHT * 100}% of the measures`, () => {
    const all = results.flatMap((r) => r.checks.filter((c) => c.category === 'indicators').map((c) => ({ ...c, fixture: r.name })));
    const misses = all.filter((c) => !c.ok).map((c) => `${c.fixture} ${c.field}: expected ${JSON.stringify(c.expected)}, got ${JSON.stringify(c.actual)}`);
    expect((all.length - misses.length) / all.length, misses.join('\n')).toBeGreaterThanOrEqual(INDICATORS_RIGHT);
  });
}
