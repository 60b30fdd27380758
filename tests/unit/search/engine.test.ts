import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildPlans } from '../../../scripts/lib/build-plans.ts';
import { emitFiles } from '../../../scripts/lib/emit/emit-files.ts';
import { SearchEngine } from '../../../src/lib/search/engine.ts';
import { FACETS, type Filters } from '../../../src/lib/search/collect-hits.ts';
import { parseQuery } from '../../../src/lib/search/parse-query.ts';
import { fold } from '../../../src/lib/search/normalize.ts';
import type { IndexUnit } from '../../../src/lib/search/index-format.ts';
import { CURATED, SEEDS } from '../../golden/seeds.ts';

// The engine against brute force: for substrings of the real seeds, the units it finds are
// exactly the units whose text contains the substring — no miss, no over-match.
const { plans } = buildPlans(SEEDS, CURATED);
const files = new Map(emitFiles(plans, new Map(SEEDS.map((s) => [s.name, s.bytes])), CURATED.content.taxonomy, CURATED.content.metrics).map((f) => [f.path.replace(/^public\//, ''), f.content]));
const source = {
  json: async (p: string) => JSON.parse(String(files.get(p))),
  gzip: async (p: string) => new Uint8Array(gunzipSync(files.get(p) as Uint8Array)),
};
const engine = await SearchEngine.load(source);
const allUnits: IndexUnit[] = [];
for (let c = 0; files.has(`search/u/${c}.json.gz`); c++) allUnits.push(...(JSON.parse(gunzipSync(files.get(`search/u/${c}.json.gz`) as Uint8Array).toString('utf8')) as IndexUnit[]));
const planUnitCount = engine.manifest.pages.filter((p) => p.kind === 'plan').reduce((n, p) => Math.max(n, p.end), 0);
const folded = allUnits.map((u) => fold(u.t).text);
const bruteUnits = (term: string) => folded.slice(0, planUnitCount).flatMap((t, i) => (t.includes(fold(term).text) ? [i] : []));
// Plan pages only: comparison pages repeat the same measures by indicator.
const hitUnits = async (q: string) => (await engine.search(q, { kind: ['plan'] })).pages.flatMap((p) => p.hits.map((h) => h.unit)).sort((a, b) => a - b);

/** Deterministic pseudo-random substrings of the corpus, 2 to 8 characters. */
function samples(n: number): string[] {
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const out: string[] = [];
  while (out.length < n) {
    const t = folded[Math.floor(rand() * folded.length)]!;
    const len = 2 + Math.floor(rand() * 7);
    const at = Math.floor(rand() * Math.max(1, t.length - len));
    const s = t.slice(at, at + len);
    if (s.length === len) out.push(s);
  }
  return out;
}

describe('exact search engine', () => {
  it('finds exactly the units containing each of 400 random substrings', async () => {
    for (const s of samples(400)) expect(await hitUnits(s), s).toEqual(bruteUnits(s));
  });
  it.each(['川渝通办', '一照多址', '告知承诺制', '免罚清单', '低压', '4个工作小时', '（一）', '(一)', 'app', 'Ukey'])('%s', async (q) => {
    expect(await hitUnits(q)).toEqual(bruteUnits(q));
  });
  it('does not over-match: 低压 never returns a unit that has only 不低于…压缩', async () => {
    const r = await engine.search('低压');
    const units = await engine.units(r.pages.flatMap((p) => p.hits.map((h) => h.unit)));
    for (const u of units.values()) expect(u.t).toContain('低压');
  });
  it('space-separated terms: every page holds all of them; quotes keep a phrase', async () => {
    const r = await engine.search('川渝通办 告知承诺制', { kind: ['plan'] });
    expect(r.pages.length).toBeGreaterThan(0);
    for (const p of r.pages) {
      const texts = folded.slice(p.page.start, p.page.end).join('\n');
      expect(texts).toContain('川渝通办');
      expect(texts).toContain('告知承诺制');
    }
    expect(await hitUnits('"川渝 通办"')).toEqual(bruteUnits('川渝通办'));
  });
  it('a word split by a page break in the source is found (自贡 "市" + "经济和信息化局")', async () => {
    expect((await engine.search('市经济和信息化局')).pages.map((p) => p.page.url)).toContain('/plans/zigong-2021/');
  });
  it('filters narrow results and count per facet', async () => {
    const all = await engine.search('营商环境', { kind: ['plan'] });
    const only = await engine.search('营商环境', { kind: ['plan'], region: ['资阳市'] });
    expect(only.pages.map((p) => p.page.url)).toEqual(['/plans/ziyang-2021/']);
    expect(only.total).toBe(all.counts.region['资阳市']);
    expect(all.counts.level).toMatchObject({ city: expect.any(Number), province: expect.any(Number), county: expect.any(Number) });
    expect((await engine.search('营商环境', { kind: ['plan'], level: ['county'] })).pages.map((p) => p.page.url)).toEqual(['/plans/wushan-2021/']);
  });
  it('a measure hit also lands on the comparison page of each of its indicators', async () => {
    const r = await engine.search('免罚清单');
    const plan = r.pages.find((p) => p.page.kind === 'plan')!;
    const comparisons = r.pages.filter((p) => p.page.kind === 'indicator');
    expect(plan.page.url).toBe('/plans/wushan-2021/');
    expect(comparisons.length).toBeGreaterThan(0);
    for (const c of comparisons) {
      expect(c.hits.map((h) => h.source.url)).toEqual(['/plans/wushan-2021/']);
      expect(c.page.indicator).toBeDefined();
    }
    expect(r.counts.kind).toEqual({ plan: 1, indicator: comparisons.length });
    expect((await engine.search('免罚清单', { kind: ['indicator'], region: ['巫山县'] })).pages).toHaveLength(comparisons.length);
  });
  it('ignores terms shorter than two characters', async () => {
    const r = await engine.search('川');
    expect(r.query.tooShort).toEqual(['川']);
    expect(r.pages).toEqual([]);
  });
  it('pages, hits and facet counts equal a brute-force join over every unit, with and without filters', async () => {
    const m = engine.manifest;
    // The manifest's indicator string decoded the plain way: one letter run per unit.
    const indicatorsOf: string[][] = [];
    for (const ch of m.unitIndicators) {
      if (ch === '.') indicatorsOf.push([]);
      else if (ch <= 'Z') indicatorsOf.push([m.indicators[ch.charCodeAt(0) - 65]!.id]);
      else indicatorsOf.at(-1)!.push(m.indicators[ch.charCodeAt(0) - 97]!.id);
    }
    const plans = m.pages.filter((p) => p.kind === 'plan');
    const members = (page: (typeof m.pages)[number]) => {
      const own = Array.from({ length: page.end - page.start }, (_, k) => ({ unit: page.start + k, source: page }));
      if (page.kind !== 'indicator') return own;
      return [...own, ...plans.flatMap((plan) => Array.from({ length: plan.end - plan.start }, (_, k) => plan.start + k).filter((u) => indicatorsOf[u]!.includes(page.indicator!)).map((unit) => ({ unit, source: plan })))];
    };
    const brute = (q: string, filters: Filters) => {
      const terms = parseQuery(q).folded;
      const counts = Object.fromEntries(FACETS.map((f) => [f, {} as Record<string, number>]));
      const pages: [string, [number, string, number][]][] = [];
      for (const page of m.pages) {
        const ms = members(page);
        if (!terms.every((t) => ms.some((x) => folded[x.unit]!.includes(t)))) continue;
        const hits: [number, string, number][] = [];
        for (const x of ms) {
          const n = terms.filter((t) => folded[x.unit]!.includes(t)).length;
          if (n === 0) continue;
          const values = (f: (typeof FACETS)[number]) => (f === 'kind' ? [page.kind] : f === 'indicator' ? (page.indicator ? [page.indicator] : indicatorsOf[x.unit]!) : x.source.facets[f] ? [x.source.facets[f]!] : []);
          const ok = (f: (typeof FACETS)[number]) => !filters[f]?.length || values(f).some((v) => filters[f]!.includes(v));
          for (const f of FACETS) if (FACETS.every((g) => g === f || ok(g))) for (const v of values(f)) counts[f]![v] = (counts[f]![v] ?? 0) + 1;
          if (FACETS.every(ok)) hits.push([x.unit, x.source.url, n]);
        }
        if (hits.length) pages.push([page.url, hits.sort((a, b) => b[2] - a[2] || a[0] - b[0])]);
      }
      return { pages: pages.sort((a, b) => (a[0] < b[0] ? -1 : 1)), counts };
    };
    const indicator = m.indicators[2]!.id;
    for (const q of ['营商环境', '工作日 压缩', '川渝通办', '获得电力', '12345', '不动产登记 一窗']) {
      for (const filters of [{}, { kind: ['indicator'] }, { level: ['city'], year: ['2021'] }, { indicator: [indicator] }, { region: ['资阳市', '巫山县'], kind: ['plan'] }] as Filters[]) {
        const r = await engine.search(q, filters);
        const got = { pages: r.pages.map((p) => [p.page.url, p.hits.map((h) => [h.unit, h.source.url, h.terms])]).sort((a, b) => (a[0]! < b[0]! ? -1 : 1)), counts: r.counts };
        expect(got, `${q} ${JSON.stringify(filters)}`).toEqual(brute(q, filters));
      }
    }
  });
  it('the manifest lists every facet value in zh-CN collation order (the filter tie-break)', () => {
    const { valueOrder, pages, indicators } = engine.manifest;
    expect(valueOrder).toEqual([...valueOrder].sort(new Intl.Collator('zh-CN').compare));
    for (const v of [...pages.flatMap((p) => Object.values(p.facets)), ...indicators.map((x) => x.id), 'plan', 'indicator']) expect(valueOrder).toContain(v);
    // Pinyin, not code points: 乐山 (le) before 四川 (si) before 资阳 (zi).
    expect(valueOrder.indexOf('乐山市')).toBeLessThan(valueOrder.indexOf('四川省'));
    expect(valueOrder.indexOf('四川省')).toBeLessThan(valueOrder.indexOf('资阳市'));
  });
});
