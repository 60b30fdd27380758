import { describe, expect, it } from 'vitest';
import { MAX_PLANS_ACROSS } from '../../../src/lib/compare/plans-across.ts';
import { INDICATORS } from '../../../src/lib/compare/taxonomy.ts';
import { MEASURE_COLUMNS, measureRecord } from '../../../src/lib/data/measure-record.ts';
import { toCsv } from '../../../src/lib/data/to-csv.ts';
import { publishedFiles } from '../../../src/lib/data/published-files.ts';
import type { Plan } from '../../../src/model/schema.ts';
import { PLANS } from '../compare/seed-plans.ts';

/** The files as a writer would leave them: pieces with `append` added to their file, in order. */
function files(plans: Plan[], similarOf: (id: string) => { id: string; score: number }[] = () => []): Map<string, string> {
  const bySlug = new Map(plans.map((p) => [p.slug, p]));
  const out = new Map<string, string>();
  for (const f of publishedFiles(plans.map((p) => p.slug), (slug) => bySlug.get(slug)!, similarOf)) {
    if (f.append && !out.has(f.path)) throw new Error(`${f.path} continued before it began`);
    out.set(f.path, f.append ? out.get(f.path)! + f.content : f.content);
  }
  return out;
}
const json = (m: Map<string, string>, path: string) => JSON.parse(m.get(path)!) as unknown;

describe('publishedFiles', () => {
  const seeds = files(PLANS, (id: string) => (id === 'zigong-2021-m2' ? [{ id: 'ziyang-2021-m5', score: 0.8 }] : []));

  it('makes the tables, their CSV twins and one record per plan; no column files while plans fit one page', () => {
    expect([...seeds.keys()].filter((p) => !p.startsWith('data/plans/')).sort()).toEqual([
      'data/frontier.csv', 'data/frontier.json', 'data/measures.csv.gz', 'data/measures.json.gz', 'data/plan-index.json', 'data/plans.json', 'data/targets.csv.gz', 'data/targets.json.gz',
    ]);
    expect([...seeds.keys()].filter((p) => p.startsWith('data/plans/'))).toEqual(PLANS.map((p) => `data/plans/${p.slug}.json.gz`));
  });

  it('makes measures.json and .csv plan by plan, the same bytes as of the whole array at once', () => {
    const records = PLANS.flatMap((p) => p.measures.map((m) => measureRecord(p, m)));
    expect(seeds.get('data/measures.json.gz')).toBe(JSON.stringify(records));
    expect(seeds.get('data/measures.csv.gz')).toBe(toCsv(MEASURE_COLUMNS.map(([n]) => n), records.map((r) => MEASURE_COLUMNS.map(([, get]) => get(r)))));
    // A plan without measures adds no stray comma.
    const empty = { ...PLANS[0]!, slug: 'a-empty', measures: [] };
    expect(JSON.parse(files([empty, PLANS[1]!]).get('data/measures.json.gz')!)).toHaveLength(PLANS[1]!.measures.length);
  });

  it('puts every plan in plans.json with its measure count', () => {
    expect((json(seeds, 'data/plans.json') as { slug: string; measureCount: number }[]).map((p) => [p.slug, p.measureCount])).toEqual(PLANS.map((p) => [p.slug, p.measures.length]));
    expect(seeds.get('data/measures.csv.gz')!.split('\n')[0]).toMatch(/^\uFEFF?id,/);
  });

  it("gives the plan records the similar measures it is handed", () => {
    expect(seeds.get('data/plans/zigong-2021.json.gz')).toContain('ziyang-2021-m5');
    expect(seeds.get('data/plans/wushan-2021.json.gz')).not.toContain('ziyang-2021-m5');
  });

  it('adds one column file per indicator and province once plans are too many for one page', () => {
    // The seeds again under other slugs, until they no longer fit side by side.
    const many = Array.from({ length: MAX_PLANS_ACROSS + 1 }, (_, i) => {
      const seed = PLANS[i % PLANS.length]!;
      const slug = `${seed.slug}-${i}`;
      return { ...seed, slug, measures: seed.measures.map((m) => ({ ...m, id: `${slug}-m${m.n}` })) };
    });
    const out = files(many);
    const columns = [...out.keys()].filter((p) => p.startsWith('data/indicators/'));
    const provinces = new Set(columns.map((p) => p.split('/')[3]));
    expect(columns).toHaveLength(INDICATORS.length * provinces.size);
    const one = json(out, columns[0]!) as { indicator: string; fields: string[]; plans: unknown[] };
    expect(one.indicator).toBe(INDICATORS[0]!.id);
    expect(one.plans.length).toBeGreaterThan(0);
  });
});
