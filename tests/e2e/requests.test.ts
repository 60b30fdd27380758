import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, site } from './browser.ts';

// The site must work on a closed network: while a reader browses, every request goes to the
// site's own origin (fonts, scripts, index files included) and none fails.

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/** URLs in src/href/action attributes of the current page that resolve to another origin. */
const foreignAttributes = (page: Page) => page.evaluate(() => {
  const out: string[] = [];
  for (const el of document.querySelectorAll('[href], [src], [action], [srcset], [poster]')) {
    for (const attr of ['href', 'src', 'action', 'poster']) {
      const v = el.getAttribute(attr);
      if (v === null) continue;
      const url = new URL(v, document.baseURI);
      if (/^https?:$/.test(url.protocol) && url.origin !== location.origin) out.push(`<${el.tagName.toLowerCase()} ${attr}="${v}">`);
    }
  }
  return out;
});

describe('no third-party requests', () => {
  it('browsing home → plan → permalink → table plan and comparison on a phone → search → data: every request same-origin, none failed', async () => {
    const origin = new URL(site('/')).origin;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    const failures: string[] = [];
    context.on('request', (r) => { requests.push(r.url()); });
    // ERR_ABORTED is the browser cancelling a request itself (a favicon still loading when the
    // test navigates on), not the server failing it; every other network error counts.
    context.on('requestfailed', (r) => { if (r.failure()?.errorText !== 'net::ERR_ABORTED') failures.push(`${r.url()} (${r.failure()?.errorText})`); });
    context.on('response', (r) => { if (r.status() >= 400) failures.push(`${r.url()} (HTTP ${r.status()})`); });
    const page = await context.newPage();
    const foreign: string[] = [];
    const visit = async (label: string) => {
      // Network idle, or 15 s after load: the first visit's service worker precaches the whole site
      // in the background, which on a busy machine can keep a page from going idle for long.
      await page.waitForLoadState('load');
      await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
      foreign.push(...(await foreignAttributes(page)).map((f) => `${label}: ${f}`));
    };

    await page.goto(site('/'));
    await visit('home');
    await page.getByRole('link', { name: '自贡市2021年营商环境指标提升工作方案' }).click();
    await page.waitForURL(/\/plans\/zigong-2021\/$/);
    await visit('text plan');
    await page.locator('article#m5 a.permalink').click();
    expect(new URL(page.url()).hash).toBe('#m5');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(site('/plans/ziyang-2021/'));
    await visit('table plan (phone)');
    await page.goto(site('/indicators/electricity/'));
    await visit('indicator comparison (phone)');
    // Searching fetches the manifest, index shards and hit texts: all from this origin.
    await page.goto(site(`/search/?q=${encodeURIComponent('营商环境')}`));
    await page.waitForSelector('[data-search-state="done"]', { timeout: 15_000 });
    await visit('search');
    const data = await page.goto(site('/data/plans.json'));
    expect(data?.ok()).toBe(true);
    await context.close();

    // Sanity: the recorder saw the pages and their scripts and index files, so an empty list cannot pass.
    expect(requests.filter((u) => u.endsWith('.js')).length).toBeGreaterThan(0);
    expect(requests.filter((u) => u.includes('/search/s/')).length).toBeGreaterThan(0);
    expect(requests.length).toBeGreaterThanOrEqual(5);
    const offsite = requests.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== origin);
    expect(offsite, 'requests to another origin').toEqual([]);
    expect(failures, 'failed requests').toEqual([]);
    expect(foreign, 'attributes pointing to another origin').toEqual([]);
  });
});
