import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, open, site } from './browser.ts';

// /deadlines/ and /leads/, and what all comparison pages share: axe, phone width.
let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

describe('/deadlines/', () => {
  it('has a timeline whose marks link to lists on the page, a count table, and measure links', async () => {
    const page = await open(browser, '/deadlines/');
    const marks = await page.locator('svg.chart-timeline a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(marks.length).toBeGreaterThan(10);
    for (const href of marks) expect(await page.locator(href).count(), href).toBe(1);
    // The table cell for 四川 December links to the same list as the mark, which holds 152 measures.
    const cell = page.locator('table#deadline-table a[href="#dl-sichuan-2021-12"]');
    expect(await cell.textContent()).toMatch(/^152（/);
    expect(marks).toContain('#dl-sichuan-2021-12');
    await cell.click();
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('dl-sichuan-2021-12');
    expect(await page.locator('#dl-sichuan-2021-12 li').count()).toBe(152);
    expect(await page.locator('#dl-sichuan-2021-open h4').textContent()).toMatch(/^持续推进/);
    await page.locator('#dl-sichuan-2021-12 li a').first().click();
    await page.waitForURL(/\/plans\/sichuan-2021\/#m\d+$/);
    await page.close();
  });
});

describe('/leads/', () => {
  it('ranks lead units per plan in a chart and a table listing their measures', async () => {
    const page = await open(browser, '/leads/');
    const chart = page.locator('svg#lead-chart-sichuan-2021');
    expect(await chart.locator('g.bar').count()).toBe(10);
    expect(await chart.locator('text.label').first().textContent()).toBe('省市场监管局');
    const first = page.locator('table#lead-table-sichuan-2021 tbody tr').first();
    expect(await first.locator('th').textContent()).toBe('省市场监管局');
    expect(await first.locator('td.num').nth(1).textContent()).toBe('42');
    await first.locator('summary').click();
    expect(await first.locator('details li a').count()).toBe(42);
    // 乐山 names no lead unit: said so instead of an empty chart.
    expect(await page.locator('section.lead-plan', { has: page.locator('#leads-leshan-2023') }).locator('.not-covered').textContent()).toContain('均未注明牵头单位');
    await page.close();
  });
});

describe('comparison pages: accessibility and phone layout', () => {
  const pages = ['/indicators/', '/indicators/electricity/', '/indicators/starting-business/', '/deadlines/', '/leads/'];
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
