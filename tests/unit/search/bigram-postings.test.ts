import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bigramPostings } from '../../../scripts/lib/search/bigram-postings.ts';
import { buildSearchIndex, indexBody, packPage, shardFiles, unitFiles } from '../../../scripts/lib/search/build-search-index.ts';

const texts = ['优化营商环境工作要点', '压减至3个工作日', '', '营商环境', 'a', '优化优化优化'];
const plain = (m: Map<string, Uint32Array>) => new Map([...m].map(([g, l]) => [g, [...l]]));

describe('bigramPostings', () => {
  it('lists every bigram with its [unit, position] pairs in text order', () => {
    const p = plain(bigramPostings(texts));
    expect(p.get('营商')).toEqual([0, 2, 3, 0]);
    expect(p.get('优化')).toEqual([0, 0, 5, 0, 5, 2, 5, 4]);
    expect(p.get('化优')).toEqual([5, 1, 5, 3]);
    expect([...p.values()].reduce((n, l) => n + l.length / 2, 0)).toBe(texts.reduce((n, t) => n + Math.max(0, t.length - 1), 0));
  });

  it('keeps every bigram when thousands share the hash table (it grows and rehashes)', () => {
    const many = Array.from({ length: 300 }, (_, i) => String.fromCharCode(...Array.from({ length: 300 }, (_, j) => 0x4e00 + ((i * 7919 + j * 104729) % 20000))));
    const p = bigramPostings(many);
    const expected = new Set(many.flatMap((t) => Array.from({ length: t.length - 1 }, (_, k) => t.slice(k, k + 2))));
    expect(new Set(p.keys())).toEqual(expected);
    expect([...p.values()].reduce((n, l) => n + l.length / 2, 0)).toBe(300 * 299);
  });

});

describe('search index from packed pages', () => {
  it('gives the same files from indexBody, shardFiles and unitFiles as buildSearchIndex in one go', () => {
    const unit = (t: string, indicators: string[] = []) => ({ a: 'm1', l: '措施 1', p: [], t, s: [], d: null, indicators });
    const inputs = [
      { page: { url: '/plans/a/', title: 'A', kind: 'plan' as const, facets: {} }, units: [unit('优化营商环境', ['tax']), unit('压减至3个工作日')] },
      { page: { url: '/plans/b/', title: 'B', kind: 'plan' as const, facets: {} }, units: [] },
      { page: { url: '/plans/c/', title: 'C', kind: 'plan' as const, facets: {} }, units: [unit('营商环境 工作要点', ['tax', 'general'])] },
    ];
    const ids = [{ id: 'tax', name: '纳税' }, { id: 'general', name: '综合' }];
    const body = indexBody(inputs.map(packPage), ids);
    const parts = [...shardFiles(body.folded, body.shards), ...unitFiles(body.units)];
    const byPath = (fs: { path: string; content: string | Uint8Array }[]) => new Map(fs.map((f) => [f.path, f.content]));
    expect(byPath([...body.files, ...parts])).toEqual(byPath(buildSearchIndex(inputs, ids)));
    const units = parts.find((f) => f.path === 'search/u/0.json.gz')!.content as Uint8Array;
    expect(gunzipSync(units).toString('utf8')).toBe(JSON.stringify(inputs.flatMap((i) => i.units).map(({ indicators: _, ...u }) => u)));
    // The build id is the same for the same input and changes with any unit's text, indicators or page.
    const buildOf = (xs: typeof inputs) => JSON.parse(indexBody(xs.map(packPage), ids).files[0]!.content as string).build as string;
    expect(buildOf(inputs)).toMatch(/^[0-9a-f]{12}$/);
    expect(buildOf(structuredClone(inputs))).toBe(buildOf(inputs));
    const changed = [
      (xs: typeof inputs) => { xs[2]!.units[0]!.t = '营商环境 工作要点。'; },
      (xs: typeof inputs) => { xs[0]!.units[1]!.indicators = ['general']; },
      (xs: typeof inputs) => { xs[1]!.page.title = 'B2'; },
      (xs: typeof inputs) => { xs[0]!.units[0]!.a = 'm2'; },
    ].map((change) => { const xs = structuredClone(inputs); change(xs); return buildOf(xs); });
    expect(new Set([buildOf(inputs), ...changed]).size).toBe(5);
  });
});
