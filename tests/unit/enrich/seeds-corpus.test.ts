/**
 * Every line of the five real plans through ENRICH: outputs validate against the schemas, quotes and
 * evidence are exact substrings, nothing excluded as a non-target slips through, output is stable.
 * Lines stand in for measures here (the parser is tested elsewhere); path is empty, so this
 * exercises the keyword route on every kind of text, tables included.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { enrichMeasure } from '../../../scripts/lib/enrich/enrich-measure.ts';
import { MeasureEnrichment } from '../../../src/model/compare.ts';
import { content } from './content.ts';

const SEEDS = fileURLToPath(new URL('../../../seeds/', import.meta.url));
const lines = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .flatMap((f) => readFileSync(SEEDS + f, 'utf8').split('\n').map((text, i) => ({ where: `${f}:${i + 1}`, text })))
  .filter((l) => l.text.trim() !== '');

describe('ENRICH over every line of seeds/*.txt', () => {
  const results = lines.map((l) => ({ ...l, r: enrichMeasure({ path: [], title: null, text: l.text }, content) }));

  it('produces schema-valid results with evidence for every indicator, in order', () => {
    for (const { where, r } of results) {
      expect(MeasureEnrichment.safeParse(r).success, where).toBe(true);
      if (r.evidence.length > 0) expect(r.evidence.map((e) => e.indicator), where).toEqual(r.indicators);
    }
  });

  it('quotes, sentences and evidence are exact substrings of the text', () => {
    for (const { where, text, r } of results) {
      for (const t of r.targets) {
        expect(text, where).toContain(t.quote);
        expect(text, where).toContain(t.sentence);
        expect(t.sentence, where).toContain(t.quote);
      }
      for (const e of r.evidence) for (const s of e.sentences ?? []) expect(text, where).toContain(s);
    }
  });

  it('finds no years, dates, phone or document numbers among the targets', () => {
    const bad = results.flatMap(({ where, r }) =>
      r.targets
        .filter((t) => (t.unit === '年' && t.value > 100) || [12345, 12366, 26110203, 26111558, 110, 119, 2016, 2019, 2021].includes(t.value))
        .map((t) => `${where}: ${t.quote}`),
    );
    expect(bad).toEqual([]);
  });

  it('feeds metrics only with targets of the metric’s unit family', () => {
    const family = new Map(content.metrics.metrics.map((m) => [m.id, m.unitFamily]));
    for (const { where, r } of results) {
      for (const t of r.targets.filter((x) => x.metric !== null)) {
        const expected = { time: /日|小时|分钟|月|年/u, count: /次|环节|项|个|家|名|件|户|人|场/u, percent: /%/u, money: /元/u }[family.get(t.metric!)!];
        expect(t.unit, where).toMatch(expected);
      }
    }
  });

  it('is deterministic', () => {
    const again = lines.map((l) => enrichMeasure({ path: [], title: null, text: l.text }, content));
    expect(JSON.stringify(again)).toBe(JSON.stringify(results.map((x) => x.r)));
  });
});
