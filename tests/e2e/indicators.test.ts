import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, open, site } from './browser.ts';

// The comparison pages of the indicator issue, on the site built from the real seeds.
let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const INDICATOR_IDS = (JSON.parse(readFileSync(resolve(import.meta.dirname, '../../content/indicators.json'), 'utf8')) as { indicators: { id: string }[] }).indicators.map((i) => i.id);
const slugs = async (): Promise<string[]> => ((await (await fetch(site('/data/plans.json'))).json()) as { slug: string }[]).map((p) => p.slug);
/** Slugs of the plan columns currently shown. */
const shownColumns = (page: Page) => page.locator('section.plan-col:visible').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.plan));

describe('/indicators/', () => {
  it('has the indicator × plan table and heatmap, every cell linking to the comparison', async () => {
    const page = await open(browser, '/indicators/');
    const plans = await slugs();
    const table = page.locator('table#matrix-table');
    expect(await table.locator('thead th[scope="col"]').count()).toBe(plans.length + 2);
    expect(await table.locator('tbody th[scope="row"]').count()).toBe(INDICATOR_IDS.length);
    const links = await table.locator('tbody td a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    // Every cell with a count links to the plan's column; an empty cell ("0") has nothing to show.
    expect(await table.locator('tbody td:not(.total)').count()).toBe(INDICATOR_IDS.length * plans.length);
    expect(links).toHaveLength(await table.locator('tbody td:not(.total):not(.zero)').count());
    expect(links).toContain('/indicators/electricity/#plan-wushan-2021');
    const svgLinks = await page.locator('svg.chart-heatmap a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(svgLinks).toEqual(links);
    await table.locator('a[href="/indicators/electricity/#plan-wushan-2021"]').click();
    await page.waitForURL(/\/indicators\/electricity\/#plan-wushan-2021$/);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('plan-wushan-2021');
    expect(await page.locator('a[href="/data/targets.csv.gz"]').count()).toBe(1);
    await page.close();
  });
});

describe('/indicators/electricity/', () => {
  it('puts 巫山 8 working days and 自贡 low-voltage value side by side, and charts them', async () => {
    const page = await open(browser, '/indicators/electricity/');
    const row = page.locator('table#headline-table tr#metric-electricity-low-voltage-time');
    expect(await row.locator('th').textContent()).toContain('低压小微企业办电时间');
    const wushan = await row.locator('td[data-plan="wushan-2021"]').textContent();
    expect(wushan).toContain('不超过 8 工作日');
    expect(wushan).toContain('不超过8个工作日');
    expect(await row.locator('td[data-plan="zigong-2021"]').textContent()).toMatch(/压减至 8 工作日.*压减至8个工作日内/s);
    expect(await row.locator('td[data-plan="leshan-2023"]').textContent()).toBe('—');
    // One bar per plan that has a value in the row (both in 工作日).
    const withValue = await row.locator('td:has(ul.values)').evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset.plan));
    const chart = page.locator('svg#chart-electricity-low-voltage-time-1');
    expect(await chart.getAttribute('aria-describedby')).toContain('headline-table');
    expect(await chart.locator('g.bar').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-plan')))).toEqual(withValue);
    expect(await chart.locator('text.value').allTextContents()).toEqual(['8 工作日', '8 工作日']);
    await page.close();
  });

  it('narrows plan columns by plan and level without a reload, keeping the choice in the URL', async () => {
    const page = await open(browser, '/indicators/electricity/');
    const plans = await slugs();
    expect(await shownColumns(page)).toEqual(plans);
    await page.evaluate(() => { (window as unknown as { marker: number }).marker = 1; });
    for (const box of await page.locator('#plan-filter input[name="plan"]:not([value="wushan-2021"])').all()) await box.uncheck();
    expect(await shownColumns(page)).toEqual(['wushan-2021']);
    expect(new URL(page.url()).searchParams.get('plan')).toBe('wushan-2021');
    expect(await page.locator('table#headline-table td[data-plan="zigong-2021"]').first().isVisible()).toBe(false);
    expect(await page.locator('#plan-filter-status').textContent()).toBe(`显示 1 / ${plans.length} 份方案`);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    await page.getByRole('button', { name: '全部显示' }).click();
    await expect.poll(() => shownColumns(page)).toEqual(plans);
    expect(new URL(page.url()).search).toBe('');
    // A shared link narrows the same way: county level only is 巫山.
    await page.goto(site('/indicators/electricity/?level=county'));
    expect(await shownColumns(page)).toEqual(['wushan-2021']);
    expect(await page.getByRole('checkbox', { name: '市级' }).isChecked()).toBe(false);
    await page.close();
  });

  it('finds plans by name and ticks or unticks the ones listed, to pick a few plans', async () => {
    const page = await open(browser, '/indicators/electricity/');
    const plans = await slugs();
    const find = page.getByRole('searchbox', { name: '查找' });
    const listed = () => page.locator('#plan-filter input[name="plan"]:visible').evaluateAll((bs) => bs.map((b) => (b as HTMLInputElement).value));
    await page.getByRole('button', { name: '全不选所列' }).click();
    expect(await shownColumns(page)).toEqual([]);
    expect(await page.locator('#plan-filter-status').textContent()).toBe(`显示 0 / ${plans.length} 份方案`);
    await find.fill('资阳');
    expect(await listed()).toEqual(['ziyang-2021']);
    expect(await page.locator('#plan-find-status').textContent()).toBe(`列出 1 / ${plans.length} 份方案`);
    await page.getByRole('button', { name: '全选所列' }).click();
    // By keyboard: type the next name, tab to the button, press Enter.
    await find.fill('巫山 2021');
    expect(await listed()).toEqual(['wushan-2021']);
    await find.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await shownColumns(page)).toEqual(['wushan-2021', 'ziyang-2021']);
    expect(new URL(page.url()).searchParams.get('plan')).toBe('wushan-2021,ziyang-2021');
    await find.fill('没有这个方案');
    expect(await listed()).toEqual([]);
    // "全部显示" resets everything, the finder included.
    await page.getByRole('button', { name: '全部显示' }).click();
    await expect.poll(() => shownColumns(page)).toEqual(plans);
    expect(await listed()).toEqual(plans);
    expect(await find.inputValue()).toBe('');
    await page.close();
  });

  it('shows every plan without JavaScript, and hides the controls that would not work', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site('/indicators/electricity/?plan=wushan-2021'));
    expect(await shownColumns(page)).toEqual(await slugs());
    expect(await page.locator('#plan-filter').isVisible()).toBe(false);
    await context.close();
  });

  it('lists measures with ids, evidence and a link that lands on the measure in the plan', async () => {
    const page = await open(browser, '/indicators/electricity/');
    const item = page.locator('article#wushan-2021-m6');
    expect(await item.locator('.evidence').textContent()).toMatch(/^依据：/);
    expect(await item.locator('.item-facts').textContent()).toContain('牵头');
    expect(await page.locator('#zigong-2021-s10 .badge').allTextContents()).toContain('目标段落');
    expect(await page.locator('article.cmp-item.secondary .badge').first().textContent()).toMatch(/^兼及/);
    await item.locator('a.item-link').click();
    await page.waitForURL(/\/plans\/wushan-2021\/#m6$/);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('m6');
    expect(await page.locator('article#m6').isVisible()).toBe(true);
    await page.close();
  });
});

describe('/indicators/starting-business/', () => {
  it('shows 资阳 4-hour start beside the other plans', async () => {
    const page = await open(browser, '/indicators/starting-business/');
    const row = page.locator('tr#metric-starting-business-time');
    expect(await row.locator('td[data-plan="ziyang-2021"]').textContent()).toMatch(/4 工作小时.*4个工作小时办结.*4 小时.*4小时办结/s);
    expect(await row.locator('td[data-plan="sichuan-2021"]').textContent()).toContain('不超过 1 日');
    expect(await row.locator('td[data-plan="zigong-2021"]').textContent()).toContain('不超过 1 日');
    // Hours are never drawn on a chart of days: the caption says why 资阳 is not in it.
    expect(await page.locator('figure.chart-figure figcaption').first().textContent()).toContain('资阳市 2021 不超过 4 工作小时');
    await page.close();
  });
});

describe('every indicator page shows every plan', () => {
  it(`${INDICATOR_IDS.length} pages, each with a column or an explicit note per plan`, async () => {
    const plans = await slugs();
    const page = await browser.newPage();
    for (const id of INDICATOR_IDS) {
      expect((await page.goto(site(`/indicators/${id}/`)))?.ok(), id).toBe(true);
      const columns = await page.locator('section.plan-col').evaluateAll((els) => els.map((e) => ({
        plan: (e as HTMLElement).dataset.plan, items: e.querySelectorAll('.items > li').length, note: e.querySelector('.not-covered')?.textContent ?? '',
      })));
      expect(columns.map((c) => c.plan), id).toEqual(plans);
      for (const c of columns) expect(c.items > 0 || c.note === '本方案未涉及该指标。', `${id} ${c.plan}`).toBe(true);
      expect(await page.locator('a[href="/data/measures.csv.gz"]').count(), id).toBe(1);
    }
    await page.close();
  });
});
