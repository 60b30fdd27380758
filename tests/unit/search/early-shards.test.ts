import { describe, expect, it } from 'vitest';
import { earlyShards, earlyShardsScript, preloadShards } from '../../../src/lib/search/early-shards.ts';
import { queryShards } from '../../../src/lib/search/engine.ts';
import { parseQuery } from '../../../src/lib/search/parse-query.ts';

// The search page's inline head script must fetch exactly the shards the engine will ask for,
// or the preloads are wasted and the engine fetches again.
const QUERIES = [
  '川渝通办', '一照多址 告知承诺制', '“川渝 通办”', '"一网 通办" 12345', '「不动产」登记', 'ＡＰＰ办理', 'App  办理', '（一）优化',
  '营商\u3000环境', '证\u200b照分离', '单', '单 个', '', '   ', 'e', 'ABC abc Ａｂｃ', '“未闭合的引号', '川渝通办 川渝通办', '\t获得\n电力',
];

/** A random query over characters the folding treats specially: full-width ASCII, spaces of every kind, quotes, Latin. */
function randomQuery(seed: number): string {
  const pool = ['川', '渝', '通', '办', 'Ａ', 'ａ', 'A', 'z', '１', '2', ' ', '\u3000', '\u00a0', '\u200b', '\t', '"', '“', '”', '「', '」', '（', ')', '-', '\ufeff'];
  let s = seed;
  let out = '';
  const len = 1 + (seed % 12);
  for (let i = 0; i < len; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    out += pool[s % pool.length];
  }
  return out;
}

describe('earlyShards', () => {
  it('gives the shards queryShards gives for the parsed query, in any index size', () => {
    const queries = [...QUERIES, ...Array.from({ length: 2000 }, (_, i) => randomQuery(i + 1))];
    for (const shards of [1, 16, 64, 8192]) {
      for (const q of queries) expect(earlyShards(q, shards), JSON.stringify([q, shards])).toEqual(queryShards(parseQuery(q), shards));
    }
  });
  it('runs from its source text alone (it is inlined into the page)', () => {
    const inlined = new Function(`return (${earlyShards.toString()})`)() as typeof earlyShards;
    for (const q of QUERIES) expect(inlined(q, 64)).toEqual(earlyShards(q, 64));
  });
});

describe('preloadShards and its inline script', () => {
  /** Runs `code` against a fake page at `search`, returning the links it added to the head. */
  function runAt(code: string, search: string): { rel: string; as: string; crossOrigin: string; href: string }[] {
    const added: { rel: string; as: string; crossOrigin: string; href: string }[] = [];
    const document = { createElement: () => ({ rel: '', as: '', crossOrigin: '', href: '' }), head: { append: (l: (typeof added)[number]) => added.push(l) } };
    new Function('location', 'document', code)({ search }, document);
    return added;
  }
  it('preloads, as CORS fetches, exactly the shards of the URL\'s query', () => {
    const links = runAt(earlyShardsScript(64), `?q=${encodeURIComponent('告知承诺制 川渝通办')}&level=city`);
    expect(links.map((l) => l.href)).toEqual(earlyShards('告知承诺制 川渝通办', 64).map((n) => `/search/s/${n}.bin`));
    expect(links.every((l) => l.rel === 'preload' && l.as === 'fetch' && l.crossOrigin === 'anonymous')).toBe(true);
  });
  it('does nothing without a query or without shards', () => {
    expect(runAt(earlyShardsScript(64), '')).toEqual([]);
    expect(runAt(earlyShardsScript(64), '?q=')).toEqual([]);
    expect(runAt(earlyShardsScript(0), '?q=川渝通办')).toEqual([]);
  });
  it('carries the shard count as a number literal and no other data', () => {
    const code = earlyShardsScript(64);
    expect(code.startsWith(`(${preloadShards.toString()})(`)).toBe(true);
    expect(code.endsWith(',64)')).toBe(true);
  });
});
