import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, open, site } from './browser.ts';

// /deadlines/ and /leads/, and what all comparison pages share: axe, phone width.
let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });
const slugs = async (): Promise<string[]> => ((await (await fetch(site('/data/plans.json'))).json()) as { slug: string }[]).map((p) => p.slug);

describe('/deadlines/', () => {
  it('has one timeline row and one count row per plan, linking to the lists on each plan\'s page', async () => {
    const page = await open(browser, '/deadlines/');
    const plans = await slugs();
    expect(await page.locator('table#deadline-table tbody tr').count()).toBe(plans.length);
    expect(await page.locator('svg.chart-timeline .row-labels text').count()).toBe(plans.length);
    const marks = await page.locator('svg.chart-timeline a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(marks.length).toBeGreaterThan(10);
    for (const href of marks) expect(href).toMatch(/^\/deadlines\/[\w-]+\/#dl-[\w-]+-(\d\d|other|open|none)$/);
    // No measure is listed on the overview: its size grows with the plans, not their measures.
    expect(await page.locator('main li a[href^="/plans/"]').count()).toBe(0);
    // The table cell for 四川 December links to the same list as the mark, which holds 152 measures.
    const cell = page.locator('table#deadline-table a[href="/deadlines/sichuan-2021/#dl-sichuan-2021-12"]');
    expect(await cell.textContent()).toMatch(/^152（/);
    expect(marks).toContain('/deadlines/sichuan-2021/#dl-sichuan-2021-12');
    await cell.click();
    await page.waitForURL(/\/deadlines\/sichuan-2021\/#dl-sichuan-2021-12$/);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('dl-sichuan-2021-12');
    expect(await page.locator('#dl-sichuan-2021-12 li').count()).toBe(152);
    await page.close();
  });
  it('/deadlines/<slug>/ charts and lists one plan\'s measures by month, each linked to the plan', async () => {
    const page = await open(browser, '/deadlines/sichuan-2021/');
    const marks = await page.locator('svg.chart-timeline a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(marks).toContain('#dl-sichuan-2021-12');
    for (const href of marks) expect(await page.locator(href).count(), href).toBe(1);
    expect(await page.locator('table#deadline-table a[href="#dl-sichuan-2021-12"]').textContent()).toMatch(/^152（/);
    expect(await page.locator('#dl-sichuan-2021-open h3').textContent()).toMatch(/^持续推进/);
    await page.locator('#dl-sichuan-2021-12 li a').first().click();
    await page.waitForURL(/\/plans\/sichuan-2021\/#m\d+$/);
    await page.close();
  });
});

describe('/leads/', () => {
  it('sums up each plan in one row: unit count and busiest units, linked to the plan\'s lead page', async () => {
    const page = await open(browser, '/leads/');
    const rows = page.locator('table#lead-summary tbody tr');
    expect(await rows.count()).toBe((await slugs()).length);
    const sichuan = rows.filter({ has: page.locator('a[href="/leads/sichuan-2021/"]') });
    const top = sichuan.locator('ol.top-units li').first();
    expect(await top.textContent()).toBe('省市场监管局 42 项');
    expect(await top.locator('a').getAttribute('href')).toBe('/leads/sichuan-2021/#lead-sichuan-2021-1');
    expect(await rows.filter({ has: page.locator('a[href="/leads/leshan-2023/"]') }).locator('.none').textContent()).toBe('均未注明');
    await top.locator('a').click();
    await page.waitForURL(/\/leads\/sichuan-2021\/#lead-sichuan-2021-1$/);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('lead-sichuan-2021-1');
    await page.close();
  });
  it('/leads/<slug>/ ranks the plan\'s lead units in a chart and a table listing their measures', async () => {
    const page = await open(browser, '/leads/sichuan-2021/');
    const chart = page.locator('svg#lead-chart-sichuan-2021');
    expect(await chart.locator('g.bar').count()).toBe(10);
    expect(await chart.locator('text.label').first().textContent()).toBe('省市场监管局');
    const first = page.locator('table#lead-table-sichuan-2021 tbody tr').first();
    expect(await first.locator('th').textContent()).toBe('省市场监管局');
    expect(await first.locator('td.num').nth(1).textContent()).toBe('42');
    await first.locator('summary').click();
    expect(await first.locator('details li a').count()).toBe(42);
    // 乐山 names no lead unit: said so instead of an empty chart.
    await page.goto(site('/leads/leshan-2023/'));
    expect(await page.locator('.not-covered').textContent()).toContain('均未注明牵头单位');
    await page.close();
  });
});

describe('comparison pages: accessibility and phone layout', () => {
  const pages = ['/indicators/', '/indicators/electricity/', '/indicators/starting-business/', '/deadlines/', '/deadlines/sichuan-2021/', '/leads/', '/leads/sichuan-2021/'];
  for (const path of pages) {
    for (const width of [1280, 390]) {
      it(`${path} at ${width} px: no serious axe violation, no sideways scroll, nothing inline`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        const page = await context.newPage();
        expect((await page.goto(site(path)))?.ok()).toBe(true);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
        // The site's Content-Security-Policy allows no inline script, handler or style attribute.
        expect(await page.evaluate(() => [...document.querySelectorAll('script:not([src]), [style]')].length
          + [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length)).toBe(0);
        const { violations } = await new AxeBuilder({ page }).analyze();
        const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(bad.map((v) => `${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        await context.close();
      });
    }
  }
  it('stacks the plan columns on a phone', async () => {
    const page = await open(browser, '/indicators/electricity/', 390);
    const boxes = await page.locator('section.plan-col').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom, width: r.width })));
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom);
    expect(Math.min(...boxes.map((b) => b.width))).toBeGreaterThan(300);
    await page.close();
  });
});
