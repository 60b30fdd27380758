import { describe, expect, it } from 'vitest';
import { isModuleChunk, moduleScripts, toClassicPage } from '../../../../scripts/lib/emit/file-site/classic-scripts.ts';

const head = '<meta charset="utf-8"><script data-served-only>(function preloadShards(){})()</script><link rel="manifest" href="/manifest.webmanifest"><link rel="preload" href="/search/manifest.json" as="fetch" crossorigin="anonymous"><link rel="modulepreload" href="/_astro/n.js"><link rel="icon" href="data:x">';
const page = `<!doctype html><html lang="zh-CN"><head>${head}</head><body><script type="module" src="/_astro/search.a1.js"></script><script type="module" src="/_astro/Base.b2.js"></script></body></html>`;

describe('toClassicPage', () => {
  it('turns module scripts into deferred classic scripts and drops preloads, the manifest and served-only scripts', () => {
    expect(toClassicPage(page, 'search/index.html')).toBe('<!doctype html><html data-site-root="../" lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:x"></head><body><script defer src="/_astro/search.a1.js"></script><script defer src="/_astro/Base.b2.js"></script></body></html>');
  });
  it('writes the way back to the root for pages at any depth', () => {
    expect(toClassicPage('<html><body></body></html>', 'index.html')).toBe('<html data-site-root=""><body></body></html>');
    expect(toClassicPage('<html><body></body></html>', 'plans/x/index.html')).toBe('<html data-site-root="../../"><body></body></html>');
  });
  it('says what it expected when the page has no <html> or keeps a module script', () => {
    expect(() => toClassicPage('<p>x</p>', 'a/index.html')).toThrow(/a\/index\.html: found no <html> element/);
    expect(() => toClassicPage('<html><script type="module">import "/x.js"</script></html>', 'b.html')).toThrow(/b\.html: found <script type="module">, which cannot run from disk/);
  });
});

describe('moduleScripts and isModuleChunk', () => {
  it('lists the module scripts a page loads, as paths from the root', () => {
    expect(moduleScripts(page)).toEqual(['_astro/search.a1.js', '_astro/Base.b2.js']);
    expect(moduleScripts('<script src="/x.js"></script>')).toEqual([]);
  });
  it('knows Astro\'s chunks from other files', () => {
    expect(isModuleChunk('_astro/normalize.Bn.js')).toBe(true);
    expect(isModuleChunk('search/s/3.bin.js')).toBe(false);
    expect(isModuleChunk('_astro/x/y.js')).toBe(false);
  });
});
