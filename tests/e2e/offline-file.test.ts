import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_DIR } from './global-setup.ts';
import { launch, site } from './browser.ts';
import { unzipTo } from './unzip.ts';
import { writeOfflineZip } from '../../scripts/offline-zip-fs.ts';

// The offline zip as a reader gets it: made in the browser by the about page's button from the
// site's own files (the zip is not stored on the server), downloaded, unzipped, index.html
// double-clicked (file://). Every request must stay inside the unzipped folder, no page may log an error.
const root = resolve(import.meta.dirname, '../..');
// A folder name with a space and Chinese, as a reader's download folder may have: URLs are percent-encoded.
const unzipped = resolve(root, 'tests/.work/offline file 离线');
const downloads = resolve(root, 'tests/.work/offline-download');
const zipPath = resolve(downloads, 'bizenv-atlas-offline.zip');
let dir = '';
let names: string[] = [];
let browser: Browser;
let saved = { name: '', status: '' };
const problems: string[] = [];

beforeAll(async () => {
  rmSync(unzipped, { recursive: true, force: true });
  rmSync(downloads, { recursive: true, force: true });
  mkdirSync(downloads, { recursive: true });
  browser = await launch();
  const about = await browser.newPage();
  about.on('pageerror', (e) => problems.push(`about page error: ${e.message}`));
  await about.goto(site('/about/'));
  const [download] = await Promise.all([about.waitForEvent('download', { timeout: 120_000 }), about.getByRole('button', { name: /生成并下载/ }).click()]);
  await download.saveAs(zipPath);
  await about.waitForFunction(() => document.getElementById('offline-zip-status')?.textContent?.startsWith('已生成'));
  saved = { name: download.suggestedFilename(), status: (await about.locator('#offline-zip-status').textContent()) ?? '' };
  await about.close();
  names = unzipTo(new Uint8Array(readFileSync(zipPath)), unzipped);
  dir = pathToFileURL(resolve(unzipped, 'bizenv-atlas')).href + '/';
}, 180_000);
afterAll(async () => { await browser?.close(); });

/** A page whose console errors, page errors and requests outside the unzipped folder are recorded in `problems`. */
async function watched(): Promise<Page> {
  const page = await browser.newPage();
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => { if (!r.url().startsWith(dir) && !r.url().startsWith('data:')) problems.push(`request outside ${dir}: ${r.url()}`); });
  return page;
}

const file = (path: string) => `${dir}site/${path}`;
/** Sum of sizes of the files under `d`, but for `skip` (the zip itself). */
const bytesUnder = (d: string, skip: string): number => readdirSync(d, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && !join(e.parentPath, e.name).startsWith(skip)).reduce((n, e) => n + statSync(join(e.parentPath, e.name)).size, 0);

describe('offline zip made by the about page', () => {
  it('is saved as bizenv-atlas-offline.zip, and the site stores no zip, only the manifest and the few files the site lacks', () => {
    expect(saved.name).toBe('bizenv-atlas-offline.zip');
    expect(saved.status).toMatch(/bizenv-atlas-offline\.zip（[\d.]+ MB）/);
    expect(readdirSync(resolve(SITE_DIR, 'downloads'), { recursive: true }).some((n) => String(n).endsWith('.zip'))).toBe(false);
    expect(existsSync(resolve(SITE_DIR, 'downloads/offline/manifest.json'))).toBe(true);
  });

  it('holds exactly what the command line makes from the same site (one implementation)', async () => {
    const cli = resolve(downloads, 'cli.zip');
    await writeOfflineZip(SITE_DIR, cli);
    const other = resolve(downloads, 'cli unzipped');
    expect(unzipTo(new Uint8Array(readFileSync(cli)), other)).toEqual(names);
    for (const n of names) expect(readFileSync(resolve(other, n)).equals(readFileSync(resolve(unzipped, n))), n).toBe(true);
  });

  it('can be cancelled, and says so', async () => {
    // Plan pages held back a second each, so the cancel comes mid-way; no service worker, whose fetches routing does not see.
    const page = await browser.newPage({ serviceWorkers: 'block' });
    await page.route(/\/plans\//, async (r) => { await new Promise((ok) => setTimeout(ok, 1000)); await r.continue().catch(() => {}); });
    await page.goto(site('/about/'));
    await page.getByRole('button', { name: /生成并下载/ }).click();
    await page.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => page.locator('#offline-zip-status').textContent()).toBe('已取消。');
    expect(await page.getByRole('button', { name: /生成并下载/ }).isEnabled()).toBe(true);
    await page.close();
  });
});

describe('offline zip from file://', () => {
  it('holds one copy of the site, no service worker nor fetched index files, within 1.3× the served site\'s bytes', () => {
    expect(names).toContain('bizenv-atlas/index.html');
    expect(names).toContain('bizenv-atlas/site/index.html');
    expect(names).toContain('bizenv-atlas/serve.mjs');
    expect(names.some((n) => n.endsWith('.bin') || n.endsWith('sw.js') || n === 'bizenv-atlas/site/search/manifest.json')).toBe(false);
    expect(names).toContain('bizenv-atlas/site/search/manifest.json.js');
    const howto = readFileSync(resolve(unzipped, 'bizenv-atlas/使用说明.txt'), 'utf8');
    expect(howto).toContain('解压后双击 index.html 即可使用');
    expect(howto).toContain('node serve.mjs site');
    expect(statSync(zipPath).size).toBeLessThanOrEqual(1.3 * bytesUnder(SITE_DIR, resolve(SITE_DIR, 'downloads')));
  });

  it('opens the home page from the start page, a plan page and back', async () => {
    const page = await watched();
    await page.goto(`${dir}index.html`);
    await page.waitForURL(file('index.html'));
    const plan = page.locator('.plan-list a', { hasText: '自贡市2021年营商环境指标提升工作方案' }).first();
    await plan.click();
    await page.waitForURL(file('plans/zigong-2021/index.html'));
    expect(await page.locator('h1').textContent()).toBe('自贡市2021年营商环境指标提升工作方案');
    await page.goBack();
    await page.waitForURL(file('index.html'));
    await page.locator('a.brand').click();
    await page.waitForURL(file('index.html'));
    await page.close();
  });

  it('searches 川渝通办 with exactly the served site\'s results, filters, and lands on the measure with the query marked', async () => {
    const q = encodeURIComponent('川渝通办');
    const served = await browser.newPage();
    await served.goto(site(`/search/?q=${q}`));
    await served.waitForSelector('#search-app[data-search-state="done"]');
    const page = await watched();
    await page.goto(file(`search/index.html?q=${q}`));
    await page.waitForSelector('#search-app[data-search-state="done"]');
    // Links as paths from the site's root: "/plans/x/?hl=…#m3" served, "../plans/x/index.html?hl=…#m3" from disk.
    const links = (p: Page, base: string, sel: string) => p.locator(sel).evaluateAll((as, b) => as.map((a) => (a as HTMLAnchorElement).href.slice(b.length).replace(/(^|\/)index\.html/, '$1')), base);
    for (const sel of ['.result h3 a', '.hit-link']) expect(await links(page, file(''), sel)).toEqual(await links(served, site('/'), sel));
    expect((await links(page, file(''), '.result h3 a')).length).toBeGreaterThan(3);
    expect(await page.locator('#search-status').textContent()).toBe(await served.locator('#search-status').textContent());
    // A filter, on both: the same narrower results, the filter in the URL.
    for (const p of [served, page]) {
      await p.getByRole('checkbox', { name: /县级/ }).check();
      await p.waitForFunction(() => location.search.includes('level=county') && document.querySelector('#search-app')?.getAttribute('data-search-state') === 'done');
    }
    const filtered = await links(page, file(''), '.result h3 a');
    expect(filtered).toEqual(await links(served, site('/'), '.result h3 a'));
    expect(filtered[0]).toBe(`plans/wushan-2021/?hl=${q}`);
    await served.close();
    await page.locator('.hit-link').first().click();
    await page.waitForURL(new RegExp(`plans/wushan-2021/index\\.html\\?hl=${q}#`));
    await page.waitForSelector('main mark');
    expect(await page.locator('main mark').first().textContent()).toBe('川渝通办');
    await page.close();
  });

  it('the header search box leads to search/index.html?q=…', async () => {
    const page = await watched();
    await page.goto(file('plans/zigong-2021/index.html'));
    await page.locator('#site-q').fill('一照多址');
    await page.locator('#site-q').press('Enter');
    await page.waitForURL(file(`search/index.html?q=${encodeURIComponent('一照多址')}`));
    await page.waitForSelector('#search-app[data-search-state="done"]');
    expect(await page.locator('.result h3 a').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('shows an indicator page\'s chart and table, and its plan filter works', async () => {
    const page = await watched();
    await page.goto(file('indicators/electricity/index.html'));
    expect(await page.locator('svg#chart-electricity-low-voltage-time-1 g.bar').count()).toBe(2);
    expect(await page.locator('table#headline-table td[data-plan="wushan-2021"]').first().textContent()).toContain('不超过 8 工作日');
    await page.locator('#plan-filter input[name="plan"][value="zigong-2021"]').uncheck();
    expect(await page.locator('table#headline-table td[data-plan="zigong-2021"]').first().isVisible()).toBe(false);
    expect(new URL(page.url()).searchParams.get('plan')).not.toContain('zigong-2021');
    // The overview's heatmap links each cell to an indicator page from disk.
    await page.goto(file('indicators/index.html'));
    const cell = await page.locator('svg.chart-heatmap a').first().getAttribute('href');
    expect(cell).toMatch(/^[^/][^:]*index\.html/);
    await page.close();
  });

  it('plan against plan, a similar-measure list and the practice groups work from disk', async () => {
    const page = await watched();
    await page.goto(file('compare/index.html?a=sichuan-2021&b=wushan-2021'));
    await expect.poll(() => page.locator('#pair-status').textContent(), { timeout: 20_000 }).toMatch(/四川省 2021 与 巫山县 2021/);
    const pair = page.locator('#i-starting-business tr').filter({ hasText: '措施 78' });
    const links = await pair.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toEqual([file('plans/sichuan-2021/index.html#m78'), file('plans/wushan-2021/index.html#m1')]);
    await page.goto(file('plans/sichuan-2021/index.html'));
    await page.locator('#m78 details.similar summary').click();
    // Opening the list loads the plan's similar.json as a data script from disk: every entry with its excerpt.
    await expect.poll(() => page.locator('#m78 details.similar .similar-text').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.locator('#m78 details.similar a').first().click();
    await page.waitForURL(file('plans/wushan-2021/index.html#m1'));
    await page.goto(file('indicators/starting-business/index.html'));
    expect(await page.locator('.practice-groups .practice-label', { hasText: /^一照多址$/ }).count()).toBe(1);
    await page.close();
  });

  it('nothing asked outside the unzipped folder and no page logged an error', () => {
    expect(problems).toEqual([]);
  });
});

describe('offline zip served by serve.mjs', () => {
  let server: ChildProcess;
  afterAll(() => { server?.kill(); });
  it('serves the same copy, search included', async () => {
    server = spawn(process.execPath, ['serve.mjs', 'site', '--port', '0'], { cwd: resolve(unzipped, 'bizenv-atlas') });
    const base = await new Promise<string>((ok) => server.stdout!.on('data', (d: Buffer) => { const m = /http:\/\/[\d.]+:\d+\//.exec(d.toString()); if (m) ok(m[0]); }));
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(`${base}search/?q=${encodeURIComponent('川渝通办')}`);
    await page.waitForSelector('#search-app[data-search-state="done"]');
    await page.locator('.hit-link').first().click();
    await page.waitForSelector('main mark');
    expect(errors).toEqual([]);
    await page.close();
  });
});
