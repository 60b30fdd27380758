import { describe, expect, it } from 'vitest';
import { PreparedCache } from '../../../src/scripts/search/prepared-cache.ts';

/** A cache whose start records each (query, filters) it was asked to prepare. */
function counted() {
  const started: string[] = [];
  const cache = new PreparedCache(async (q, filters) => {
    started.push(`${q}|${JSON.stringify(filters)}`);
    return { q, filters, n: started.length };
  });
  return { cache, started };
}

describe('PreparedCache: the query typed ahead is prepared once and handed over once', () => {
  it('take after ahead with the same text and filters reuses the prepared query', async () => {
    const { cache, started } = counted();
    cache.ahead('营商环境', {});
    cache.ahead('营商环境', {});
    expect(await cache.take('营商环境', {})).toEqual({ q: '营商环境', filters: {}, n: 1 });
    expect(started).toEqual(['营商环境|{}']);
  });

  it('other text or other filters start afresh; only the latest is kept', async () => {
    const { cache, started } = counted();
    cache.ahead('营商', {});
    cache.ahead('营商环境', {});
    expect((await cache.take('营商环境', { level: ['city'] })).n).toBe(3);
    expect(started).toEqual(['营商|{}', '营商环境|{}', '营商环境|{"level":["city"]}']);
  });

  it('a second take starts again: rendered items are never handed out twice', async () => {
    const { cache, started } = counted();
    cache.ahead('川渝通办', {});
    await cache.take('川渝通办', {});
    expect((await cache.take('川渝通办', {})).n).toBe(2);
    expect(started).toHaveLength(2);
  });

  it('a failed query prepared ahead raises nothing until taken, then its error', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    const cache = new PreparedCache<number>(async (q) => { throw new Error(`no ${q}`); });
    cache.ahead('一照', {});
    cache.ahead('一照多址', {});
    await new Promise((done) => setTimeout(done, 10));
    await expect(cache.take('一照多址', {})).rejects.toThrow('no 一照多址');
    process.off('unhandledRejection', onUnhandled);
    expect(unhandled).toEqual([]);
  });
});
