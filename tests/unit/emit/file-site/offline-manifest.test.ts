import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base64, sha256 } from '../../../../scripts/lib/emit/file-site/base64-sha256.ts';
import { MANIFEST_PATH, offlineManifest, offlineSources } from '../../../../scripts/lib/emit/file-site/offline-manifest.ts';
import { zipChunks } from '../../../../scripts/lib/emit/zip-files.ts';
import { OfflineManifest } from '../../../../src/model/offline-manifest.ts';
import { unzip } from '../read-zip.ts';

const bytes = (s: string) => new TextEncoder().encode(s);
const decode = (b: Uint8Array) => new TextDecoder().decode(b);

// A small built site: a page loading a page script that imports a shared chunk, CSS, a fetched index file, published data.
const site = new Map<string, Uint8Array>([
  ['index.html', bytes('<html lang="zh-CN"><body><a href="/plans/x/">x</a><script type="module" src="/_astro/page.A.js"></script></body></html>')],
  ['_astro/page.A.js', bytes('import "./shared.B.js";')],
  ['_astro/shared.B.js', bytes('export const b = 1;')],
  ['_astro/site.C.css', bytes('body{background:url(/bg.png)}')],
  ['data/plan-index.json', bytes('[{"t":"川渝通办"}]')],
  ['data/plans.json', bytes('[]')],
]);
const stored = new Map<string, Uint8Array>([
  ['downloads/offline/_astro/page.A.js', bytes('(()=>{})();')],
  ['downloads/offline/serve.mjs', bytes('// server')],
  ['downloads/offline/readme.txt', bytes('解压后双击 index.html 即可使用')],
]);
const sized = (m: Map<string, Uint8Array>) => [...m].map(([path, b]) => ({ path, size: b.length }));
const manifest = offlineManifest(sized(site), new Map([['_astro/page.A.js', 11]]), [
  { path: 'serve.mjs', stored: { path: 'downloads/offline/serve.mjs', size: 10 } },
  { path: '使用说明.txt', stored: { path: 'downloads/offline/readme.txt', size: stored.get('downloads/offline/readme.txt')!.length } },
]);

describe('offline manifest', () => {
  it('lists each file of the zip once, where it is read from and how it is rewritten, in path order', () => {
    expect(OfflineManifest.parse(manifest)).toEqual(manifest);
    expect(MANIFEST_PATH).toBe('downloads/offline/manifest.json');
    expect(manifest.files.map((f) => [f.path, f.from, f.rewrite])).toEqual([
      ['serve.mjs', '/downloads/offline/serve.mjs', 'none'],
      ['site/_astro/page.A.js', '/downloads/offline/_astro/page.A.js', 'none'],
      ['site/_astro/site.C.css', '/_astro/site.C.css', 'css'],
      ['site/data/plan-index.json.js', '/data/plan-index.json', 'data'],
      ['site/data/plans.json', '/data/plans.json', 'none'],
      ['site/index.html', '/index.html', 'page'],
      ['使用说明.txt', '/downloads/offline/readme.txt', 'none'],
    ]);
    expect(manifest.bytes).toBe(manifest.files.reduce((n, f) => n + f.size, 0));
    expect(manifest.files.find((f) => f.path === 'site/_astro/page.A.js')!.size).toBe(11);
  });

  it('gives the archive of the copy, read through the given reader, that unzips to the rewritten files', async () => {
    const asked: string[] = [];
    const read = async (from: string) => { asked.push(from); return (site.get(from.slice(1)) ?? stored.get(from.slice(1)))!; };
    const chunks: Uint8Array[] = [];
    for await (const c of zipChunks(offlineSources(manifest, read))) chunks.push(c);
    const files = unzip(new Uint8Array(Buffer.concat(chunks)));
    expect([...files.keys()]).toEqual(['bizenv-atlas/index.html', ...manifest.files.map((f) => `bizenv-atlas/${f.path}`)]);
    expect(asked.sort()).toEqual(manifest.files.map((f) => f.from).sort());
    const text = (p: string) => decode(files.get(`bizenv-atlas/${p}`)!.bytes);
    expect(text('index.html')).toContain('url=site/index.html');
    expect(text('site/index.html')).toBe('<html data-site-root="" lang="zh-CN"><body><a href="plans/x/index.html">x</a><script defer src="_astro/page.A.js"></script></body></html>');
    expect(text('site/_astro/page.A.js')).toBe('(()=>{})();');
    expect(text('site/_astro/site.C.css')).toBe('body{background:url(../bg.png)}');
    expect(text('site/data/plan-index.json.js')).toContain('["data/plan-index.json"]=[{"t":"川渝通办"}]');
    expect(text('使用说明.txt')).toBe('解压后双击 index.html 即可使用');
  });

  it('hashes and encodes as node:crypto and Buffer do, without them', () => {
    for (const s of ['', 'abc', '营商环境'.repeat(40)]) {
      expect(base64(sha256(bytes(s)))).toBe(createHash('sha256').update(s).digest('base64'));
      expect(base64(bytes(s))).toBe(Buffer.from(s).toString('base64'));
    }
  });
});
