import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, site } from './browser.ts';

// Issue 14 in the browser: similar measures under a measure, practice groups on an indicator
// page, the frontier on a plan page and plan against plan (two seeds, and one region in two years).
let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/** Opens a path in a context of its own (AxeBuilder opens a helper page in the page's context). */
async function open(b: Browser, path: string, width = 1280): Promise<Page> {
  const context = await b.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const res = await page.goto(path.startsWith('http') ? path : site(path));
  if (!res || !res.ok()) throw new Error(`GET ${path} answered ${res?.status()}`);
  return page;
}

async function axe(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('similar measures and the frontier on plan pages', () => {
  it('a measure shows its similar measures collapsed, opening with shared wording marked and links that land', async () => {
    const page = await open(browser, '/plans/sichuan-2021/');
    const details = page.locator('#m78 details.similar');
    expect(await details.locator('summary').textContent()).toMatch(/^其他方案的相同举措（\d）$/);
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await details.locator('summary').click();
    // The excerpts load on opening (similar.json): wait for them.
    const item = details.locator('li').filter({ hasText: '巫山县' }).first();
    await expect.poll(() => item.locator('b.shared').allTextContents(), { timeout: 10_000 }).toEqual(expect.arrayContaining([expect.stringContaining('一照多址')]));
    await item.locator('a').click();
    await page.waitForURL(/\/plans\/wushan-2021\/#m1$/);
    expect(await page.locator('#m1').isVisible()).toBe(true);
    await page.context().close();
  });

  it('a list holds its first two entries; opening it loads every entry with its excerpt once; without JavaScript the rest is a link', async () => {
    const page = await open(browser, '/plans/ziyang-2021/');
    const details = page.locator('#m1 details.similar');
    const n = Number(/（(\d+)）/.exec((await details.locator('summary').textContent())!)![1]);
    expect(n).toBeGreaterThan(2);
    expect(await details.locator('li').count()).toBe(2);
    expect(await details.locator('.similar-text').count()).toBe(0);
    expect(await details.locator('a.more').getAttribute('href')).toBe('/compare/?a=ziyang-2021');
    const requests: string[] = [];
    page.on('request', (r) => { if (/\.json(\.gz)?$/.test(r.url())) requests.push(new URL(r.url()).pathname); });
    await details.locator('summary').click();
    await expect.poll(() => details.locator('li .similar-text').count(), { timeout: 10_000 }).toBe(n);
    expect(await details.locator('a.more').count()).toBe(0);
    expect(await details.locator('li b.shared').count()).toBeGreaterThan(0);
    // A second list of the page reuses the file.
    await page.locator('#m2 details.similar summary').click();
    await expect.poll(() => page.locator('#m2 details.similar .similar-text').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(requests).toEqual(['/plans/ziyang-2021/similar.json.gz']);
    expect(await axe(page)).toEqual([]);
    await page.context().close();

    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(site('/plans/ziyang-2021/'));
    const list = noJs.locator('#m1 details.similar');
    await list.locator('summary').click();
    expect(await list.locator('li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([expect.stringMatching(/^\/plans\/[a-z0-9-]+\/#[ms]\d+$/), expect.stringMatching(/^\/plans\//)]);
    expect(await list.locator('a.more').textContent()).toBe(`另有 ${n - 2} 项：见方案对照`);
    await context.close();
  });

  it('the plan page compares its headline values with the best of all plans', async () => {
    const page = await open(browser, '/plans/wushan-2021/');
    const rows = page.locator('section.frontier tbody tr');
    const high = rows.filter({ hasText: '高压' });
    expect(await high.textContent()).toMatch(/30 工作日.*15 工作日.*自贡市 2021.*落后 15 工作日/);
    expect(await high.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([expect.stringMatching(/^\/plans\/wushan-2021\/#m\d+$/), expect.stringMatching(/^\/plans\/zigong-2021\/#[ms]\d+$/)]);
    expect(await axe(page)).toEqual([]);
    await page.context().close();
  });

  it('frontier.json gives each value with its plan, measure and quote', async () => {
    const page = await open(browser, '/data/frontier.json');
    const entries = JSON.parse(await page.locator('body').innerText()) as { metric: string; unit: string; best: { plan: string; value: number; quote: string; measure: string } }[];
    const hv = entries.find((e) => e.metric === 'electricity-high-voltage-time' && e.unit === '工作日')!;
    expect(hv.best).toMatchObject({ plan: 'zigong-2021', value: 15 });
    expect(hv.best.quote).toContain('15');
    await page.context().close();
  });
});

describe('practice groups on an indicator page', () => {
  it('lists 一照多址 with its plans, every member linked to its measure', async () => {
    const page = await open(browser, '/indicators/starting-business/');
    const group = page.locator('.practice-groups > ol > li').filter({ has: page.locator('.practice-label', { hasText: /^一照多址$/ }) });
    expect(await group.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(expect.arrayContaining(['/plans/sichuan-2021/#m78', '/plans/wushan-2021/#m1']));
    expect(await axe(page)).toEqual([]);
    await page.context().close();
  });
});

describe('plan against plan', () => {
  it('two seeds: per-indicator counts, similar measures in pairs, what only one has; shareable URL; keyboard', async () => {
    const page = await open(browser, '/plans/sichuan-2021/');
    await page.locator('a', { hasText: '与其他方案对照' }).click();
    await page.waitForURL(/\/compare\/\?a=sichuan-2021$/);
    expect(await page.locator('#plan-a').inputValue()).toBe('sichuan-2021');
    await page.locator('#plan-b').focus();
    // The suggestions come from the plan index on first focus, not from the page (which stays small at 3,000 plans).
    await expect.poll(() => page.locator('#plan-list option').count(), { timeout: 10_000 }).toBe(5);
    expect(await page.locator('#plan-list option[value="wushan-2021"]').getAttribute('label')).toBe('巫山县 2021');
    await page.keyboard.type('wushan-2021');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/compare\/\?a=sichuan-2021&b=wushan-2021$/);
    await expect.poll(() => page.locator('#pair-status').textContent(), { timeout: 20_000 }).toMatch(/四川省 2021 与 巫山县 2021/);
    const section = page.locator('#i-starting-business');
    const pair = section.locator('tr').filter({ hasText: '措施 78' });
    expect(await pair.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/plans/sichuan-2021/#m78', '/plans/wushan-2021/#m1']);
    expect(await page.locator('#pair-result table').first().locator('tbody tr').count()).toBeGreaterThan(5);
    expect(await section.locator('h3').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^仅四川省 2021有/)]));
    expect(await axe(page)).toEqual([]);
    await page.context().close();
  });
});

describe('plan against plan, one region in two years (synthetic)', () => {
  const root = resolve(import.meta.dirname, '../..');
  const work = resolve(root, 'tests/.work/two-years');
  let server: ChildProcess;
  let base = '';
  beforeAll(async () => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(resolve(work, 'seeds'), { recursive: true });
    const zigong = readFileSync(resolve(root, 'seeds/000_d9eae3ed477b2fb2.txt'), 'utf8');
    writeFileSync(resolve(work, 'seeds/zigong-2021.txt'), zigong);
    // The next year's plan: the same region, the title's year moved on, two tasks reworded and one dropped.
    const next = zigong.replace('自贡市 2021 年', '自贡市 2022 年').replaceAll('2021年', '2022年').replace('扩大简易注销试点范围', '全面推行简易注销登记').replace(/\n\(3\)[^\n]*\n/u, '\n');
    writeFileSync(resolve(work, 'seeds/zigong-2022.txt'), next);
    const env = { ...process.env, SEEDS_DIR: resolve(work, 'seeds'), OUT_DIR: resolve(work, 'site'), GENERATED_DIR: resolve(work, 'generated') };
    const r = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
    server = spawn(process.execPath, ['scripts/serve.mjs', env.OUT_DIR, '--port', '0'], { cwd: root });
    base = await new Promise<string>((ok) => server.stdout!.on('data', (d: Buffer) => { const m = /http:\/\/[\d.]+:\d+\//.exec(d.toString()); if (m) ok(m[0]); }));
  });
  afterAll(() => { server?.kill(); });

  it('pairs the unchanged measures of the two years and names what changed', async () => {
    const page = await open(browser, `${base}compare/?a=zigong-2021&b=zigong-2022`);
    await expect.poll(() => page.locator('#pair-status').textContent(), { timeout: 20_000 }).toMatch(/自贡市 2021 与 自贡市 2022/);
    const summary = page.locator('#pair-result table').first();
    const cells = await summary.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
    const pairs = cells.reduce((n, c) => n + Number(c[3]), 0);
    const onlyA = cells.reduce((n, c) => n + Number(c[4]), 0);
    const countA = cells.reduce((n, c) => n + Number(c[1]), 0);
    expect(countA).toBeGreaterThan(80);
    expect(pairs).toBeGreaterThanOrEqual(countA - 3);
    expect(onlyA).toBeGreaterThanOrEqual(1);
    expect(await axe(page)).toEqual([]);
    await page.context().close();
  });
});
