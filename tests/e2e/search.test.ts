import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/model/schema.ts';
import { modelText } from '../golden/model-text.ts';
import { moduleDeps } from '../../scripts/lib/emit/module-preloads.ts';
import { queryShards } from '../../src/lib/search/engine.ts';
import { parseQuery } from '../../src/lib/search/parse-query.ts';
import { launch, open, site } from './browser.ts';
import { SITE_DIR } from './global-setup.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const ALL = ['zigong-2021', 'ziyang-2021', 'sichuan-2021', 'leshan-2023', 'wushan-2021'];
// Real queries from the seeds and the plans that contain them, checked by hand against the
// sources (告知承诺制 is split "告知" | "承诺制" by a page break in 乐山; 市经济和信息化局 by one in 自贡).
const QUERIES: [string, string[]][] = [
  ['川渝通办', ['ziyang-2021', 'sichuan-2021', 'leshan-2023', 'wushan-2021']],
  ['一照多址', ['sichuan-2021', 'wushan-2021']],
  ['告知承诺制', ALL],
  ['免罚清单', ['wushan-2021']],
  ['低压', ['zigong-2021', 'ziyang-2021', 'sichuan-2021', 'wushan-2021']],
  ['4个工作小时', ['ziyang-2021']],
  ['渝快办', ['wushan-2021']],
  ['天府通办', ['zigong-2021', 'ziyang-2021', 'leshan-2023']],
  ['证照分离', ['ziyang-2021', 'sichuan-2021', 'leshan-2023', 'wushan-2021']],
  ['不见面开标', ['ziyang-2021', 'sichuan-2021', 'wushan-2021']],
  ['川办发〔2021〕17号', ['sichuan-2021']],
  ['"川渝 通办"', ['ziyang-2021', 'sichuan-2021', 'leshan-2023', 'wushan-2021']],
  ['告知承诺制 免罚清单', ['wushan-2021']],
];

/** The plan slugs on the result list of a search page that has finished. */
async function resultSlugs(page: Page): Promise<string[]> {
  await page.waitForSelector('#search-app[data-search-state="done"]');
  const hrefs = await page.locator('.result h3 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  // Plan results only; comparison pages (/indicators/…) repeat the plans' measures by indicator.
  return hrefs.filter((h) => h.startsWith('/plans/')).map((h) => h.replace(/^\/plans\/|\/$/g, '')).sort();
}

/** Text of every plan as the model holds it, whitespace removed: the ground truth. */
const planText = new Map(readdirSync(resolve(import.meta.dirname, '../.work/generated/model')).map((f) => {
  const plan = JSON.parse(readFileSync(resolve(import.meta.dirname, '../.work/generated/model', f), 'utf8')) as Plan;
  return [plan.slug, modelText(plan).join('\n').replace(/\s+/g, '')] as const;
}));

describe('search returns exactly the plans that contain the query', () => {
  it.each(QUERIES)('%s', async (q, expected) => {
    const page = await open(browser, `/search/?q=${encodeURIComponent(q)}`);
    const got = await resultSlugs(page);
    expect(got).toEqual([...expected].sort());
    // Ground truth from the model text agrees with the hand-checked list.
    const terms = q.replace(/"([^"]*)"/g, (_m, t: string) => t.replace(/\s+/g, '')).split(/\s+/);
    expect(ALL.filter((s) => terms.every((t) => planText.get(s)!.includes(t))).sort()).toEqual([...expected].sort());
    // Every mark is the query term itself, never single characters.
    const marks = await page.locator('.result mark').allTextContents();
    expect(await page.locator('.result h3 a').evaluateAll((as) => as.every((a) => /^\/(plans|indicators)\/[a-z0-9-]+\/$/.test((a as HTMLAnchorElement).pathname)))).toBe(true);
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(terms.map((t) => t.toLowerCase())).toContain(m.replace(/\s+/g, '').toLowerCase());
    await page.close();
  });
});

describe('search page', () => {
  it('shows plan, heading path, excerpt, lead units and deadline of each hit', async () => {
    const page = await open(browser, `/search/?q=${encodeURIComponent('4小时办结')}`);
    expect(await resultSlugs(page)).toEqual(['ziyang-2021']);
    expect(await page.locator('.result h3 a').allTextContents()).toContain('资阳市创建一流营商环境2021年行动方案');
    // The same measure also appears on its comparison page, anchored by its global id.
    expect(await page.locator('.result', { hasText: '指标对照：开办企业' }).locator('.hit-link').first().getAttribute('href')).toBe(`/indicators/starting-business/?hl=${encodeURIComponent('4小时办结')}#ziyang-2021-m3`);
    const row3 = page.locator('.result').filter({ has: page.locator('h3 a[href^="/plans/ziyang-2021/"]') })
      .locator('.hit').filter({ has: page.locator('.hit-label', { hasText: /^措施 3$/ }) });
    expect(await row3.locator('.hit-path').textContent()).toBe('一、开办企业(牵头领导:张建红) › (二)开办企业耗时');
    expect(await row3.locator('.excerpt mark').allTextContents()).toEqual(['4小时办结']);
    expect(await row3.locator('.hit-facts').textContent()).toMatch(/牵头单位：市市场监管局.*完成时限：2021年6月并持续推进（2021-06-30）/);
    expect(await row3.locator('a').getAttribute('href')).toBe(`/plans/ziyang-2021/?hl=${encodeURIComponent('4小时办结')}#m3`);
    await page.close();
  });
  it('shows five result pages at first, each with its excerpts, and the next ones on request', async () => {
    const page = await open(browser, `/search/?q=${encodeURIComponent('营商环境')}`);
    await resultSlugs(page);
    const total = Number(/(\d+) 个页面/.exec((await page.locator('#search-status').textContent())!)![1]);
    expect(total).toBeGreaterThan(10);
    expect(await page.locator('.result').count()).toBe(5);
    const more = page.getByRole('button', { name: `显示更多页面（还有 ${total - 5} 个）` });
    await more.click();
    await page.waitForFunction(() => document.querySelectorAll('.result').length === 10);
    // The button is gone with its batch: focus moves to the first new result, not to the top of the page.
    expect(await page.evaluate(() => document.activeElement?.closest('.result') === document.querySelectorAll('.result')[5])).toBe(true);
    expect(await page.locator('#search-results > :not(li)').count()).toBe(0);
    expect(await page.getByRole('button', { name: `显示更多页面（还有 ${total - 10} 个）` }).count()).toBe(1);
    for (const r of await page.locator('.result').all()) expect(await r.locator('.hit .excerpt mark').count()).toBeGreaterThan(0);
    await page.close();
  });
  it('the built search page preloads every module its script imports; the page starts the query\'s shard fetches before the manifest is in', async () => {
    const html = readFileSync(resolve(SITE_DIR, 'search/index.html'), 'utf8');
    const entry = /<script type="module" async src="\/_astro\/(search[^"]+\.js)">/.exec(html)![1]!;
    const chunks = new Map(readdirSync(resolve(SITE_DIR, '_astro')).filter((n) => n.endsWith('.js')).map((n) => [n, readFileSync(resolve(SITE_DIR, '_astro', n), 'utf8')]));
    const deps = moduleDeps(entry, chunks);
    expect(deps.length).toBeGreaterThan(0);
    for (const d of deps) expect(html).toContain(`<link rel="modulepreload" href="/_astro/${d}">`);
    const manifest = JSON.parse(readFileSync(resolve(SITE_DIR, 'search/manifest.json'), 'utf8')) as { shards: number };
    // The head script that preloads the query's shards is built for the index's shard count.
    expect(html).toContain(`,${manifest.shards})</script>`);
    // The manifest is held back until a shard is requested: only a page that fetches shards early gets it.
    const page = await browser.newPage();
    let shardSeen = () => {};
    const shardRequested = new Promise<void>((done) => { shardSeen = done; });
    page.on('request', (r) => { if (new URL(r.url()).pathname.startsWith('/search/s/')) shardSeen(); });
    let shardBeforeManifest = false;
    await page.route('**/search/manifest.json', async (route) => {
      shardBeforeManifest = await Promise.race([shardRequested.then(() => true), new Promise<boolean>((done) => setTimeout(() => done(false), 5000))]);
      await route.continue();
    });
    await page.goto(site(`/search/?q=${encodeURIComponent('川渝通办')}`));
    expect(await resultSlugs(page)).toEqual(['ziyang-2021', 'sichuan-2021', 'leshan-2023', 'wushan-2021'].sort());
    expect(shardBeforeManifest).toBe(true);
    await page.close();
  });
  it('the head script requests the query\'s shards before any module has loaded, and the engine reuses them', async () => {
    const page = await browser.newPage();
    const shardRequests: string[] = [];
    page.on('request', (r) => { if (new URL(r.url()).pathname.startsWith('/search/s/')) shardRequests.push(new URL(r.url()).pathname); });
    // Every module is held back until the shards are asked for: only the inline head script can ask first.
    let shardsFirst = false;
    await page.route('**/_astro/*.js', async (route) => {
      const deadline = Date.now() + 5000;
      while (shardRequests.length === 0 && Date.now() < deadline) await new Promise((done) => setTimeout(done, 20));
      shardsFirst ||= shardRequests.length > 0;
      await route.continue();
    });
    const q = '告知承诺制 川渝通办';
    await page.goto(site(`/search/?q=${encodeURIComponent(q)}`));
    await page.waitForSelector('#search-app[data-search-state="done"]');
    expect(shardsFirst).toBe(true);
    const manifest = JSON.parse(readFileSync(resolve(SITE_DIR, 'search/manifest.json'), 'utf8')) as { shards: number };
    // Each shard once: the module's fetch took the preloaded response instead of asking again.
    expect(shardRequests.sort()).toEqual(queryShards(parseQuery(q), manifest.shards).map((n) => `/search/s/${n}.bin`).sort());
    expect(await page.locator('.result').count()).toBeGreaterThan(0);
    await page.close();
  });
  it('a query submitted while another is loading replaces it: the slower one never shows its results', async () => {
    const page = await browser.newPage();
    let slow = true;
    let unitsAsked = () => {};
    const asked = new Promise<void>((done) => { unitsAsked = done; });
    await page.route('**/search/u/**', async (route) => {
      if (slow) { unitsAsked(); await new Promise((done) => setTimeout(done, 1500)); }
      await route.continue();
    });
    await page.goto(site(`/search/?q=${encodeURIComponent('4个工作小时')}`));
    await asked;
    slow = false;
    await page.locator('#q').fill('一照多址');
    await page.locator('#q').press('Enter');
    expect(await resultSlugs(page)).toEqual(['sichuan-2021', 'wushan-2021']);
    await page.waitForTimeout(2000);
    expect(await resultSlugs(page)).toEqual(['sichuan-2021', 'wushan-2021']);
    expect(await page.locator('#search-status').textContent()).toContain('一照多址');
    await page.close();
  });
  it('while a new query loads, the previous results stay, marked busy, until the new ones replace them', async () => {
    const page = await browser.newPage();
    await page.goto(site(`/search/?q=${encodeURIComponent('免罚清单')}`));
    const before = await resultSlugs(page);
    let release = () => {};
    const held = new Promise<void>((done) => { release = done; });
    await page.route('**/search/u/**', async (route) => { await held; await route.continue(); });
    await page.locator('#q').fill('一照多址');
    await page.locator('#q').press('Enter');
    await page.waitForSelector('#search-app[data-search-state="loading"]');
    await expect.poll(() => page.locator('#search-results').getAttribute('aria-busy')).toBe('true');
    const shown = await page.locator('.result h3 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname.replace(/^\/plans\/|\/$/g, '')));
    expect(shown.filter((x) => before.includes(x)).length).toBe(before.length);
    release();
    expect(await resultSlugs(page)).toEqual(['sichuan-2021', 'wushan-2021']);
    expect(await page.locator('#search-results').getAttribute('aria-busy')).toBeNull();
    await page.close();
  });
  it('a query typed into the box is prepared before Enter: its shards and texts load while typing, Enter asks for nothing', async () => {
    // No service worker: every request of the page is seen here.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(site(`/search/?q=${encodeURIComponent('免罚清单')}`));
    await resultSlugs(page);
    const asked: string[] = [];
    page.on('request', (r) => { if (new URL(r.url()).pathname.startsWith('/search/')) asked.push(new URL(r.url()).pathname); });
    await page.locator('#q').fill('一照多址');
    await page.waitForLoadState('networkidle');
    const typed = asked.length;
    expect(asked.some((u) => u.startsWith('/search/s/'))).toBe(true);
    expect(asked.some((u) => u.startsWith('/search/u/'))).toBe(true);
    // Nothing shows until Enter: the results list still holds the first query's.
    expect(await page.locator('#search-status').textContent()).toContain('免罚清单');
    await page.locator('#q').press('Enter');
    expect(await resultSlugs(page)).toEqual(['sichuan-2021', 'wushan-2021']);
    expect(await page.locator('#search-status').textContent()).toContain('一照多址');
    expect(asked.length).toBe(typed);
    await context.close();
  });
  it('filters narrow results, show counts and live in the URL', async () => {
    const page = await open(browser, '/search/?q=川渝通办');
    await resultSlugs(page);
    const county = page.getByRole('checkbox', { name: /县级/ });
    expect(await page.locator('label', { has: county }).textContent()).toMatch(/县级\s*\(\d+\)/);
    await county.check();
    await page.waitForFunction(() => location.search.includes('level=county'));
    expect(await resultSlugs(page)).toEqual(['wushan-2021']);
    const deep = await open(browser, `/search/?q=${encodeURIComponent('告知承诺制')}&province=${encodeURIComponent('四川省')}&level=city`);
    expect(await resultSlugs(deep)).toEqual(['leshan-2023', 'ziyang-2021', 'zigong-2021'].sort());
    await deep.close();
    await page.close();
  });
  it('the header box and "/" lead to the search page; search code loads only when used', async () => {
    const page = await browser.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
    await page.goto(site('/plans/zigong-2021/'));
    expect(scripts.some((u) => /search|engine/.test(u))).toBe(false);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-q');
    await page.keyboard.type('一照多址');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(await resultSlugs(page)).toEqual(['sichuan-2021', 'wushan-2021']);
    await page.close();
  });
  it('a hit opens the page at the measure with the query marked there', async () => {
    const page = await open(browser, '/search/?q=免罚清单');
    await resultSlugs(page);
    await page.locator('.hit-link').first().click();
    await page.waitForURL(/\/plans\/wushan-2021\/\?hl=.*#m37$/);
    await page.waitForSelector('#m37 mark');
    // "落实“免罚清单”制度，逐步扩大轻微违法经营行为免罚清单范围": both occurrences, nothing else.
    expect(await page.locator('#m37 mark').allTextContents()).toEqual(['免罚清单', '免罚清单']);
    expect(await page.locator('main mark').count()).toBe(2);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('m37');
    await page.close();
  });
});
