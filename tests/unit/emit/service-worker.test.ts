import { describe, expect, it } from 'vitest';
import { fileUrl, precachePaths, serviceWorkerSource } from '../../../scripts/lib/emit/service-worker.ts';

const site = [
  ['index.html', 4_000], ['favicon.ico', 1_000], ['manifest.webmanifest', 300], ['_astro/Base.css', 7_000], ['_astro/search.js', 11_000],
  ['about/index.html', 4_000], ['search/index.html', 3_000], ['search/manifest.json', 7_000], ['search/s/0.bin', 5_000], ['search/u/0.json', 2_000],
  ['plans/ziyang-2021/index.html', 150_000], ['indicators/bidding/index.html', 40_000], ['data/plans.json', 30_000], ['sources/ziyang-2021.txt', 60_000],
].map(([path, bytes]) => ({ path: path as string, bytes: bytes as number }));

describe('service worker precache', () => {
  it('precaches every file of a site up to the limit', () => {
    expect(precachePaths(site, 1)).toEqual(site.map((f) => f.path));
  });
  it('of a larger site, only what every page needs: scripts, styles, icons, home, about, the search page and its manifest', () => {
    expect(precachePaths(site, 0.1)).toEqual(['index.html', 'favicon.ico', 'manifest.webmanifest', '_astro/Base.css', '_astro/search.js', 'about/index.html', 'search/index.html', 'search/manifest.json']);
  });
  it('caches what it fetches beyond the precache, but not the offline zip nor partial responses', () => {
    const sw = serviceWorkerSource(['/', '/search/'].map((u) => u), 'abc123');
    expect(sw).toContain("const CACHE = 'bizenv-abc123';");
    expect(sw).toContain('const FILES = ["/","/search/"];');
    expect(sw).toMatch(/cache\.put\(url\.pathname, response\.clone\(\)\)/);
    expect(sw).toContain("!url.pathname.startsWith('/downloads/')");
    expect(sw).toContain("!event.request.headers.has('range')");
    expect(fileUrl('plans/x/index.html')).toBe('/plans/x/');
  });
});
