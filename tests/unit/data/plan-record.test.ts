import { describe, expect, it } from 'vitest';
import { PLAN_EXCERPT_CHARS, PLAN_MEASURE_FIELDS, expandPlanRecord, planRecord } from '../../../src/lib/data/plan-record.ts';
import { measureUrl } from '../../../src/lib/compare/plan-items.ts';
import { plan } from '../compare/seed-plans.ts';

const p = plan('ziyang-2021');
const similarOf = (id: string) => (id === 'ziyang-2021-m3' ? [{ id: 'sichuan-2021-m7', score: 0.82 }] : []);
const wire = planRecord(p, similarOf);
const rec = expandPlanRecord(JSON.parse(JSON.stringify(wire)));

describe('/data/plans/<slug>.json', () => {
  it('names its measure fields and stores each measure as an array of them', () => {
    expect(wire.fields).toEqual(PLAN_MEASURE_FIELDS);
    expect(wire.measures.every((m) => m.length === PLAN_MEASURE_FIELDS.length)).toBe(true);
  });
  it('gives back every measure with its id, link, indicators and similar measures', () => {
    expect(rec.measures.map((m) => [m.id, m.n, m.url, m.indicators])).toEqual(p.measures.map((m) => [m.id, m.n, measureUrl(p.slug, m), m.indicators]));
    expect(rec.measures.find((m) => m.id === 'ziyang-2021-m3')!.similar).toEqual([{ id: 'sichuan-2021-m7', score: 0.82 }]);
    expect(rec.slug).toBe(p.slug);
  });
  it('keeps the excerpt the page shows and only headline-metric targets', () => {
    const long = p.measures.find((m) => m.text.length > PLAN_EXCERPT_CHARS)!;
    expect(rec.measures.find((m) => m.id === long.id)!.excerpt).toBe(`${long.text.slice(0, PLAN_EXCERPT_CHARS)}…`);
    const short = p.measures.find((m) => m.text.length <= PLAN_EXCERPT_CHARS);
    if (short) expect(rec.measures.find((m) => m.id === short.id)!.excerpt).toBe(short.text);
    const headline = p.measures.flatMap((m) => m.targets.filter((t) => t.metric).map((t) => ({ metric: t.metric, quote: t.quote })));
    expect(headline.length).toBeGreaterThan(0);
    expect(rec.measures.flatMap((m) => m.targets)).toEqual(headline);
  });
});
