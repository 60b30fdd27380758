import { runInNewContext } from 'node:vm';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dataScript, toDataScript } from '../../../../scripts/lib/emit/file-site/data-scripts.ts';
import { fileSitePath, rewriteFile, rewriteOf, startPage } from '../../../../scripts/lib/emit/file-site/file-site.ts';
import { isFetched } from '../../../../src/lib/search/data-script.ts';

const bytes = (s: string) => new TextEncoder().encode(s);
/** Runs data scripts in a fresh global and gives what they registered. */
function registered(...scripts: Uint8Array[]): Record<string, unknown> {
  const self: Record<string, unknown> = {};
  for (const s of scripts) runInNewContext(new TextDecoder().decode(s), { self });
  return self.__bizenvData as Record<string, unknown>;
}

describe('data scripts', () => {
  it('register JSON as the same value, line separators and all, under the file\'s path', () => {
    const units = [{ t: '川渝通办\u2028“一照多址”', l: '（一）', p: ['a'], s: [], d: null }];
    const file = dataScript({ path: 'data/plan-index.json', bytes: bytes(JSON.stringify(units)) });
    expect(file.path).toBe('data/plan-index.json.js');
    expect(registered(file.bytes)).toEqual({ 'data/plan-index.json': units });
  });
  it('register gzip shards as base64 of the same bytes', () => {
    const gz = new Uint8Array(gzipSync(Buffer.from([0, 1, 2, 255, 128])));
    const file = dataScript({ path: 'search/s/7.bin', bytes: gz });
    const data = registered(dataScript({ path: 'search/manifest.json', bytes: bytes('{"shards":64}') }).bytes, file.bytes);
    expect([...gunzipSync(Buffer.from(data['search/s/7.bin'] as string, 'base64'))]).toEqual([0, 1, 2, 255, 128]);
    expect(data['search/manifest.json']).toEqual({ shards: 64 });
  });
  it('only for the files the search page fetches; an empty one is an error', () => {
    expect(['search/manifest.json', 'search/s/12.bin', 'search/u/3.json.gz'].every(isFetched)).toBe(true);
    expect(['data/plans.json', 'search/index.html', 'sources/x.txt', 'search/u/3.json'].some(isFetched)).toBe(false);
    const plans = { path: 'data/plans.json', bytes: bytes('[]') };
    expect(toDataScript(plans)).toBe(plans);
    expect(() => dataScript({ path: 'data/plan-index.json', bytes: bytes(' ') })).toThrow(/data\/plan-index\.json is empty/);
  });
});

describe('the copy\'s files', () => {
  it('are placed where the pages look for them', () => {
    expect(fileSitePath('search/s/3.bin')).toBe('search/s/3.bin.js');
    expect(fileSitePath('plans/x/index.html')).toBe('plans/x/index.html');
  });
  it('keep a page script (as its classic bundle, stored apart) and leave out chunks only other chunks import', () => {
    const classic = new Set(['_astro/search.a.js']);
    expect(rewriteOf('_astro/search.a.js', classic)).toBe('none');
    expect(rewriteOf('_astro/n.js', classic)).toBeNull();
    expect(['plans/x/index.html', '_astro/a.css', 'search/s/3.bin', 'data/plans.json'].map((p) => rewriteOf(p, classic))).toEqual(['page', 'css', 'data', 'none']);
  });
  it('have pages with classic scripts and relative links, and data scripts for fetched files', () => {
    const html = '<html><body><a href="/plans/x/">x</a><script type="module" src="/_astro/search.a.js"></script></body></html>';
    const out = new TextDecoder().decode(rewriteFile({ path: 'search/index.html', bytes: bytes(html) }, 'page').bytes);
    expect(out).toBe('<html data-site-root="../"><body><a href="../plans/x/index.html">x</a><script defer src="../_astro/search.a.js"></script></body></html>');
    expect(registered(rewriteFile({ path: 'data/plan-index.json', bytes: bytes('[1]') }, 'data').bytes)).toEqual({ 'data/plan-index.json': [1] });
    const plain = { path: 'data/plans.json', bytes: bytes('[]') };
    expect(rewriteFile(plain, 'none')).toBe(plain);
  });
  it('start from a page that opens site/index.html', () => {
    expect(startPage()).toContain('url=site/index.html');
  });
});
