import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_DIR } from './global-setup.ts';
import { launch } from './browser.ts';

// Offline: after one visit the service worker has cached the whole site, so pages and search
// answer with the network off; a new build at the same address replaces the old cache.
const root = resolve(import.meta.dirname, '../..');
const served = resolve(root, 'tests/.work/offline-served');
let server: ChildProcess;
let base = '';
let browser: Browser;

beforeAll(async () => {
  rmSync(served, { recursive: true, force: true });
  cpSync(SITE_DIR, served, { recursive: true });
  server = spawn(process.execPath, ['scripts/serve.mjs', served, '--port', '0'], { cwd: root });
  base = await new Promise<string>((ok) => server.stdout!.on('data', (d: Buffer) => { const m = /http:\/\/[\d.]+:\d+\//.exec(d.toString()); if (m) ok(m[0]); }));
  browser = await launch();
});
afterAll(async () => { await browser?.close(); server?.kill(); });

/** Opens the site once and waits until the service worker has installed (precache complete) and controls the page. */
async function visitOnce(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(base);
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return page;
}

describe('offline', () => {
  it('after one visit, search and pages work with the network off', async () => {
    const context = await browser.newContext();
    const page = await visitOnce(context);
    await context.setOffline(true);
    await page.goto(`${base}search/?q=${encodeURIComponent('一照多址')}&kind=plan`);
    await page.waitForSelector('#search-app[data-search-state="done"]');
    expect(await page.locator('.result h3 a').allTextContents()).toEqual(['四川省深化“放管服”改革优化营商环境2021年工作要点', '巫山县2021年深化“放管服”改革优化营商环境实施方案']);
    await page.locator('.hit-link').first().click();
    await page.waitForSelector('main mark');
    expect(await page.locator('main mark').first().textContent()).toBe('一照多址');
    await page.goto(`${base}plans/ziyang-2021/#m45`);
    expect(await page.locator('#m45').isVisible()).toBe(true);
    const plans = await page.evaluate(async () => (await (await fetch('/data/plans.json')).json()).length);
    expect(plans).toBe(5);
    await context.close();
  });
  it('a new build replaces the cache', async () => {
    const context = await browser.newContext();
    const page = await visitOnce(context);
    const before = await page.evaluate(() => caches.keys());
    expect(before).toHaveLength(1);
    // Publish another build at the same address: the hostile-text fixture.
    const other = resolve(root, 'tests/.work/offline-b');
    const env = { ...process.env, SEEDS_DIR: resolve(root, 'tests/fixtures/hostile'), OUT_DIR: other, GENERATED_DIR: resolve(root, 'tests/.work/offline-b-generated') };
    expect(spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, env }).status).toBe(0);
    rmSync(served, { recursive: true, force: true });
    cpSync(other, served, { recursive: true });
    await page.evaluate(async () => { const reg = await navigator.serviceWorker.getRegistration(); await reg!.update(); });
    await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 30_000 }).toEqual([expect.not.stringMatching(before[0]!)]);
    await context.setOffline(true);
    await page.goto(base);
    expect(await page.locator('.plan-list a').allTextContents()).toEqual(['测试市2021年恶意文本工作方案']);
    await context.close();
  });
  it('a site over the precache limit caches only its shell at first, then what is used; the rest needs the network', async () => {
    // The seeds built with OFFLINE_PRECACHE_MB=0.5: they are ~5 MB, so they take the large-site path.
    const large = resolve(root, 'tests/.work/offline-large');
    const env = { ...process.env, OUT_DIR: large, GENERATED_DIR: resolve(root, 'tests/.work/offline-large-generated'), OFFLINE_PRECACHE_MB: '0.5' };
    expect(spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, env }).status).toBe(0);
    rmSync(served, { recursive: true, force: true });
    cpSync(large, served, { recursive: true });
    const context = await browser.newContext();
    const page = await visitOnce(context);
    const cached = async () => page.evaluate(async () => (await (await caches.open((await caches.keys())[0]!)).keys()).map((r) => new URL(r.url).pathname));
    const precached = await cached();
    expect(precached).toContain('/search/');
    expect(precached).toContain('/search/manifest.json');
    expect(precached.some((p) => p.startsWith('/plans/') || p.startsWith('/search/s/') || p.startsWith('/search/u/'))).toBe(false);
    // Used online once: a plan page and a query.
    await page.goto(`${base}plans/wushan-2021/`);
    await page.goto(`${base}search/?q=${encodeURIComponent('免罚清单')}`);
    await page.waitForSelector('#search-app[data-search-state="done"]');
    await expect.poll(async () => (await cached()).filter((p) => p.startsWith('/search/u/')).length).toBeGreaterThan(0);
    await context.setOffline(true);
    await page.goto(`${base}plans/wushan-2021/#m37`);
    expect(await page.locator('#m37').isVisible()).toBe(true);
    await page.goto(`${base}search/?q=${encodeURIComponent('免罚清单')}`);
    await page.waitForSelector('#search-app[data-search-state="done"]');
    expect(await page.locator('.result h3 a').first().textContent()).toBe('巫山县2021年深化“放管服”改革优化营商环境实施方案');
    await expect(page.goto(`${base}plans/leshan-2023/`)).rejects.toThrow();
    await context.close();
  });
});
