import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PLANS_ACROSS } from '../../src/lib/compare/plans-across.ts';
import { FACET_SHOWN } from '../../src/scripts/search/render-filters.ts';
import { PROVINCES, writeScaleCorpus } from './scale-corpus.ts';
import { launch } from './browser.ts';
import { unzipTo } from './unzip.ts';
import { writeOfflineZip } from '../../scripts/offline-zip-fs.ts';

// Pages at scale: 50 synthetic plans placed in four provinces (scale-corpus.ts). Indicator pages
// keep a summary and load the chosen plans' measures on demand; per-province pages give the full
// content without JavaScript; home lists provinces → regions; no page grows with the plans.
const root = resolve(import.meta.dirname, '../..');
const work = resolve(root, 'tests/.work/scale');
const N = 50;
const BUDGET = 500_000;
let site = '';
let server: ChildProcess;
let base = '';
let browser: Browser;

beforeAll(async () => {
  const env = await writeScaleCorpus(root, work, N);
  site = env.OUT_DIR!;
  const r = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build of ${N} plans failed:\n${r.stdout}\n${r.stderr}`);
  server = spawn(process.execPath, ['scripts/serve.mjs', site, '--port', '0'], { cwd: root });
  base = await new Promise<string>((ok) => server.stdout!.on('data', (d: Buffer) => { const m = /http:\/\/[\d.]+:\d+\//.exec(d.toString()); if (m) ok(m[0]); }));
  browser = await launch();
});
afterAll(async () => { await browser?.close(); server?.kill(); });

async function open(path: string, js = true): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: js });
  const page = await context.newPage();
  expect((await page.goto(`${base}${path.slice(1)}`))?.ok(), `GET ${path}`).toBe(true);
  return page;
}
const htmlFiles = (dir: string): { path: string; bytes: number }[] => readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => ({ path: join(e.parentPath, e.name).slice(dir.length), bytes: statSync(join(e.parentPath, e.name)).size }));
const sichuan = 'sichuan';

describe(`${N} plans in ${PROVINCES.length} provinces`, () => {
  it('no comparison or list page is over the budget, and an indicator page is a summary', () => {
    expect(N).toBeGreaterThan(MAX_PLANS_ACROSS);
    // Plan pages are a plan's own text (and its similar measures, capped per measure): they do not grow with the corpus.
    const pages = htmlFiles(site).filter((f) => !f.path.startsWith('/plans/'));
    const largest = pages.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    expect(largest.bytes, largest.path).toBeLessThan(BUDGET);
    // The measures are in the per-province data files, not the page: the page is smaller than their sum.
    const page = statSync(join(site, 'indicators/electricity/index.html')).size;
    const data = readdirSync(join(site, 'data/indicators/electricity')).reduce((n, f) => n + gunzipSync(readFileSync(join(site, 'data/indicators/electricity', f))).length, 0);
    expect(page).toBeLessThan(data);
    for (const path of ['/index.html', '/indicators/index.html', '/deadlines/index.html', '/leads/index.html']) expect(statSync(join(site, path)).size, path).toBeLessThan(60_000);
  });

  it('the indicator page counts per province and loads a chosen province\'s measures on demand', async () => {
    const page = await open('/indicators/electricity/');
    const rows = page.locator('table#province-counts tbody tr');
    expect(await rows.count()).toBe(PROVINCES.length);
    expect(await page.locator('section.plan-col').count()).toBe(0);
    await expect.poll(() => page.locator('#scale-filter').isVisible()).toBe(true);
    const fetched: string[] = [];
    page.on('request', (r) => { if (r.url().includes('/data/indicators/')) fetched.push(new URL(r.url()).pathname); });
    await page.locator(`#scale-filter input[name="province"][value="${sichuan}"]`).check();
    await expect.poll(() => page.locator('section.plan-col').count()).toBeGreaterThan(0);
    expect(fetched).toEqual([`/data/indicators/electricity/${sichuan}.json.gz`]);
    expect(page.url()).toContain(`?province=${sichuan}`);
    const shown = await page.locator('section.plan-col').count();
    const planCount = Number(await rows.filter({ has: page.locator(`a[href="/indicators/electricity/${sichuan}/"]`) }).locator('td').first().textContent());
    expect(shown).toBe(planCount);
    // The same columns as the static per-province page: same plans, same measure ids.
    const ids = await page.locator('section.plan-col article').evaluateAll((as) => as.map((a) => a.id));
    const stat = await open(`/indicators/electricity/${sichuan}/`, false);
    expect(await stat.locator('section.plan-col article').evaluateAll((as) => as.map((a) => a.id))).toEqual(ids);
    await stat.context().close();
    // Narrowing by year keeps only that year's plans; the URL carries it to a new visit.
    await page.locator('#scale-filter input[name="year"][value="2021"]').uncheck();
    await expect.poll(() => page.locator('section.plan-col[data-year="2021"]').count()).toBe(0);
    const again = await open(`/indicators/electricity/${new URL(page.url()).search}`);
    await expect.poll(() => again.locator('section.plan-col').count()).toBe(await page.locator('section.plan-col').count());
    await again.context().close();
    await page.context().close();
  });

  it('a plan found by its pinyin is loaded by name', async () => {
    const index = JSON.parse(readFileSync(join(site, 'data/plan-index.json'), 'utf8')) as { plans: { slug: string; pinyin: string; province: string }[] };
    const target = index.plans.find((p) => p.province !== sichuan)!;
    const page = await open('/indicators/electricity/');
    await expect.poll(() => page.locator('#scale-filter').isVisible()).toBe(true);
    await page.locator('#scale-find').fill(target.pinyin);
    await page.locator(`#scale-found input[value="${target.slug}"]`).check();
    await expect.poll(() => page.locator('section.plan-col').evaluateAll((ss) => ss.map((s) => (s as HTMLElement).dataset.plan))).toEqual([target.slug]);
    expect(page.url()).toContain(`plan=${target.slug}`);
    await page.context().close();
  });

  it('without JavaScript the indicator page links to per-province pages with the full content', async () => {
    const page = await open('/indicators/electricity/', false);
    expect(await page.locator('#scale-filter').isVisible()).toBe(false);
    const links = await page.locator('nav.by-province a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toHaveLength(PROVINCES.length);
    let plans = 0;
    for (const href of links) {
      const p = await open(href!, false);
      const cols = await p.locator('section.plan-col').count();
      expect(cols).toBeGreaterThan(0);
      expect(await p.locator('section.plan-col article.cmp-item').count()).toBeGreaterThan(0);
      plans += cols;
      await p.context().close();
    }
    expect(plans).toBe(N);
    await page.context().close();
  });

  it('/indicators/, /deadlines/ and /leads/ have a row per province, each linking to its plans', async () => {
    // Plans on a province's page: the plans whose cells link to their columns (the matrix of a dozen plans or fewer has them as columns), or one table row each.
    const matrixPlans = (p: Page) => p.locator('table#matrix-table td a').evaluateAll((as) => new Set(as.map((a) => a.getAttribute('href')!.split('#plan-')[1])).size);
    const rowsOf = (selector: string) => (p: Page) => p.locator(selector).count();
    for (const [path, table, plansOn] of [['/indicators/', '#province-matrix', matrixPlans], ['/deadlines/', '#deadline-provinces', rowsOf('table#deadline-table tbody tr')], ['/leads/', '#lead-provinces', rowsOf('table#lead-summary tbody tr')]] as const) {
      const page = await open(path, false);
      const hrefs = await page.locator(`${table} tbody th a`).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(hrefs, path).toHaveLength(PROVINCES.length);
      let plans = 0;
      for (const href of hrefs) {
        const p = await open(href, false);
        plans += await plansOn(p);
        await p.context().close();
      }
      expect(plans, path).toBe(N);
      await page.context().close();
    }
  });

  it('home lists provinces with counts, a province its regions by year, and the finder finds a region by pinyin', async () => {
    const page = await open('/');
    const provinces = page.locator('ul.province-list li a');
    expect(await provinces.count()).toBe(PROVINCES.length);
    expect(await page.locator('a[href^="/plans/"]').count()).toBe(0);
    const province = await open(`/provinces/${sichuan}/`, false);
    const regions = province.locator('table#region-table tbody tr');
    expect(await regions.count()).toBeGreaterThan(5);
    expect(await province.locator('table#region-table a[href^="/plans/"]').count()).toBeGreaterThanOrEqual(await regions.count());
    await province.context().close();
    // The finder's script is async and loads the plan index when first used: on a loaded machine that took over a second.
    await expect.poll(() => page.locator('#region-finder').isVisible(), { timeout: 10_000 }).toBe(true);
    const index = JSON.parse(readFileSync(join(site, 'data/plan-index.json'), 'utf8')) as { plans: { slug: string; pinyin: string }[] };
    await page.locator('#region-find').fill(index.plans[3]!.pinyin);
    await expect.poll(() => page.locator('#region-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))), { timeout: 10_000 }).toContain(`/plans/${index.plans[3]!.slug}/`);
    await page.context().close();
  });

  it('search lists a facet\'s first values and the rest when asked; a value ticked from the rest stays listed', async () => {
    const page = await open('/search/?q=营商环境');
    await expect.poll(() => page.locator('[data-search-state]').getAttribute('data-search-state'), { timeout: 10_000 }).toBe('done');
    const region = page.locator('fieldset', { has: page.locator('legend', { hasText: '地区' }) });
    expect(await region.locator(':scope > label input').count()).toBe(FACET_SHOWN);
    const more = region.locator('details.more-values');
    const rest = Number(/^其余 (\d+) 项$/.exec((await more.locator('summary').textContent())!)![1]);
    expect(rest).toBeGreaterThan(0);
    // The rest is made when asked for: a common word's thousands of regions cost nothing before.
    expect(await more.locator('input').count()).toBe(0);
    await more.locator('summary').click();
    await expect.poll(() => more.locator('input').count()).toBe(rest);
    const last = more.locator('input').last();
    const value = (await last.getAttribute('value'))!;
    // click, not check: ticking re-renders the panel and moves the value out of the rest, so the
    // element check() would read back afterwards is gone (CI timed out there on a loaded machine).
    await last.click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('region'), { timeout: 10_000 }).toEqual([value]);
    await expect.poll(() => region.locator(`:scope > label input[value="${value}"]`).isChecked(), { timeout: 10_000 }).toBe(true);
    await page.context().close();
  });

  it('the offline copy (file://) loads a province\'s measures from its data scripts', async () => {
    const dir = resolve(work, 'unzipped');
    rmSync(dir, { recursive: true, force: true });
    // The zip is made on demand (the about page, or this command-line twin), not stored in the site.
    const zip = join(work, 'offline.zip');
    await writeOfflineZip(site, zip);
    unzipTo(new Uint8Array(readFileSync(zip)), dir);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${pathToFileURL(join(dir, 'bizenv-atlas/site/indicators/electricity/index.html')).href}?province=${sichuan}`);
    await expect.poll(() => page.locator('section.plan-col').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const path of ['/', `/provinces/${sichuan}/`, '/indicators/', `/indicators/by-province/${sichuan}/`, '/indicators/electricity/?province=sichuan', `/indicators/electricity/${sichuan}/`, '/deadlines/', `/deadlines/in/${sichuan}/`, '/leads/', `/leads/in/${sichuan}/`]) {
    it(`axe-core: no serious or critical violation on ${path}`, async () => {
      const page = await open(path);
      if (path.includes('?')) await expect.poll(() => page.locator('section.plan-col').count()).toBeGreaterThan(0);
      const { violations } = await new AxeBuilder({ page }).analyze();
      await page.context().close();
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    });
  }
});
