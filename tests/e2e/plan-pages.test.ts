import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/model/schema.ts';
import { launch, open, site } from './browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const model = (slug: string): Plan => JSON.parse(readFileSync(resolve(import.meta.dirname, '../.work/generated/model', `${slug}.json`), 'utf8')) as Plan;

describe('home page', () => {
  it('lists every plan by province and level with year, issuer, 文号 and measure count', async () => {
    const page = await open(browser, '/');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    const provinces = await page.locator('section.province > h2').allTextContents();
    expect(provinces).toEqual(expect.arrayContaining(['四川省', '重庆市']));
    const cards = page.locator('.plan-list > li');
    expect(await cards.count()).toBe(5);
    const ziyang = page.locator('.plan-list > li', { hasText: '资阳市创建一流营商环境2021年行动方案' });
    await expect.poll(() => ziyang.textContent()).toMatch(/2021.*资阳市人民政府办公室.*资府办发〔2021〕17号.*384 项/s);
    const wushanSection = page.locator('section.province', { hasText: '重庆市' });
    expect(await wushanSection.locator('h3').allTextContents()).toEqual(['县级']);
    await page.close();
  });
});

describe('plan page', () => {
  it('shows metadata, a table of contents and every measure with leads and deadline', async () => {
    const page = await open(browser, '/');
    await page.getByRole('link', { name: '自贡市2021年营商环境指标提升工作方案' }).click();
    await page.waitForURL(/\/plans\/zigong-2021\/$/);
    expect(await page.locator('h1').textContent()).toBe('自贡市2021年营商环境指标提升工作方案');
    expect(await page.locator('.plan-meta').textContent()).toMatch(/发文机关自贡市人民政府办公室.*发文日期2021-07-14.*层级市级.*年度2021.*措施数90/s);
    // The 整理说明 block: closed, its digest naming the gap (自贡's notice carries no 文号), open on click.
    const report = page.locator('details.parse-report');
    expect(await report.locator('summary').textContent()).toMatch(/整理说明.*识别措施 90 项；未识别：文号/s);
    await report.locator('summary').click();
    expect(await report.locator('dl').textContent()).toMatch(/措施共 90 项，其中注明牵头单位 90 项、配合单位 55 项、完成时限 2 项.*元数据未识别：文号.*已去除.*分页断行 23 处.*未归位的行无/s);
    expect(await page.locator('nav.toc li').count()).toBeGreaterThan(20);
    expect(await page.locator('article.measure').count()).toBe(90);
    const first = page.locator('article#m1');
    expect(await first.locator('.measure-facts').textContent()).toMatch(/牵头单位市市场监管局.*配合单位各区县政府、高新区管委会/s);
    await page.close();
  });
  it('follows a measure permalink to the measure', async () => {
    const page = await open(browser, '/plans/wushan-2021/');
    await page.locator('article#m22 a.permalink').click();
    expect(new URL(page.url()).hash).toBe('#m22');
    const targeted = await page.evaluate(() => document.querySelector(':target')?.id);
    expect(targeted).toBe('m22');
    expect(await page.locator('#m22').isVisible()).toBe(true);
    expect(await page.locator('#m22 .measure-facts').textContent()).toContain('今年10月底前');
    // A fresh visit to the permalink lands on the measure too.
    const direct = await browser.newPage();
    await direct.goto(site('/plans/ziyang-2021/#m45'));
    expect(await direct.evaluate(() => document.querySelector(':target')?.textContent)).toContain('优化办电流程');
    await direct.close();
    await page.close();
  });
  it('renders appendix tables as accessible tables, grouped by indicator', async () => {
    const page = await open(browser, '/plans/ziyang-2021/');
    const table = page.locator('table.plan-table');
    expect(await table.locator('caption').textContent()).toBe('资阳市创建一流营商环境重点举措清单');
    expect(await table.locator('thead th[scope="col"]').allTextContents()).toEqual(['重点举措', '责任单位', '责任领导', '完成时限']);
    expect(await table.locator('tr.measure').count()).toBe(384);
    expect(await table.locator('tr.group-1').first().textContent()).toContain('一、开办企业');
    const row = table.locator('tr#m3');
    expect(await row.locator('time').getAttribute('datetime')).toBe('2021-06-30');
    const sichuan = await open(browser, '/plans/sichuan-2021/');
    expect(await sichuan.locator('tr.measure th[scope="row"]').count()).toBe(195);
    await sichuan.close();
    await page.close();
  });
  it('is readable on a phone: table rows become labelled cards', async () => {
    const page = await open(browser, '/plans/ziyang-2021/#m12', 390);
    const display = await page.locator('tr#m12').evaluate((el) => getComputedStyle(el).display);
    expect(display).toBe('block');
    // The labels come from the table's own style, by column (no attribute on every cell).
    const col = (await page.locator('table:has(tr#m12) thead th').allTextContents()).indexOf('责任单位');
    expect(col).toBeGreaterThan(0);
    const label = await page.locator(`tr#m12 > :nth-child(${col + 1})`).evaluate((el) => getComputedStyle(el, '::before').content);
    expect(label).toContain('责任单位');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
  it('links the original text file', async () => {
    const page = await open(browser, '/plans/leshan-2023/');
    const href = await page.locator('.plan-meta a[type="text/plain"]').getAttribute('href');
    const res = await page.request.get(site(href!));
    expect(res.ok()).toBe(true);
    expect(await res.text()).toBe(readFileSync(resolve(import.meta.dirname, '../../seeds/003_5e8e923a346db873.txt'), 'utf8'));
    await page.close();
  });
});

describe('fidelity on the page', () => {
  it.each(['zigong-2021', 'ziyang-2021', 'sichuan-2021', 'leshan-2023', 'wushan-2021'])('%s shows every text of its model, in order', async (slug) => {
    const page = await open(browser, `/plans/${slug}/`);
    // Blocks far from the viewport are laid out lazily (content-visibility: auto in site.css) and
    // innerText leaves them out until then: render them all, so that only text hidden by CSS is missing.
    await page.locator('.plan-body > *').evaluateAll((els) => els.forEach((e) => { (e as HTMLElement).style.contentVisibility = 'visible'; }));
    const text = (await page.locator('article.plan').innerText()).replace(/\s+/g, '');
    await page.close();
    const plan = model(slug);
    let from = 0;
    const pieces: string[] = [plan.meta.title];
    const measures = new Map(plan.measures.map((m) => [m.n, m]));
    for (const b of plan.blocks) {
      if (b.type === 'paragraph') pieces.push(b.text);
      else if (b.type === 'heading') pieces.push(`${b.label ?? ''}${b.title}${b.note ?? ''}`);
      else if (b.type === 'measure') pieces.push(measures.get(b.n)!.text);
      else {
        if (b.caption) pieces.push(b.caption);
        for (const r of b.rows) for (const [i, c] of r.cells.entries()) if (c !== '' && !['group1', 'group2'].includes(b.columns[i]!.role)) pieces.push(c);
        // 资阳's notes under the table ("注：1.★：…") were once in the model but not on the page.
        pieces.push(...b.notes);
      }
    }
    for (const piece of pieces) {
      const at = text.indexOf(piece.replace(/\s+/g, ''), from);
      expect(at, `missing or out of order: ${piece.slice(0, 40)}`).toBeGreaterThanOrEqual(0);
      from = at;
    }
  });
});

describe('published data', () => {
  it('/data/plans.json has one object per plan with the documented fields', async () => {
    const page = await browser.newPage();
    const plans = await (await page.request.get(site('/data/plans.json'))).json() as Record<string, unknown>[];
    expect(plans).toHaveLength(5);
    expect(plans.find((p) => p.slug === 'sichuan-2021')).toEqual({
      slug: 'sichuan-2021', url: '/plans/sichuan-2021/', title: '四川省深化“放管服”改革优化营商环境2021年工作要点', issuer: '四川省人民政府办公厅',
      docNumber: '川办发〔2021〕17号', issueDate: '2021-03-30', region: '四川省', city: null, province: '四川省', level: 'province', divisionCode: '510000', year: 2021, yearEnd: null, measureCount: 195,
    });
    const measures = JSON.parse(gunzipSync(await (await page.request.get(site('/data/measures.json.gz'))).body()).toString('utf8')) as Record<string, unknown>[];
    expect(measures).toHaveLength(737);
    expect(measures.find((m) => m.id === 'zigong-2021-m1')).toMatchObject({ plan: 'zigong-2021', url: '/plans/zigong-2021/#m1', leads: ['市市场监管局'], leader: null, deadline: null });
    await page.close();
  });
});
