import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, open, site } from './browser.ts';

/** Page types checked with axe: home, a text plan, a table plan. Add new page types here. */
export const PAGES = ['/', '/plans/zigong-2021/', '/plans/ziyang-2021/'];
/** Page types checked as soon as the built test site has them (search, comparison, overviews). */
const OPTIONAL = ['/search/', '/indicators/', '/deadlines/', '/deadlines/sichuan-2021/', '/leads/', '/leads/sichuan-2021/', '/about/'];
/** Viewport widths: desktop and phone. */
const WIDTHS = [1280, 390];

const SITE = resolve(import.meta.dirname, '../.work/site');
const built = (path: string) => existsSync(resolve(SITE, `.${path}`, 'index.html'));
/** One indicator page, /indicators/<id>/, if the site has any. */
function firstIndicatorPage(): string[] {
  const dir = resolve(SITE, 'indicators');
  if (!existsSync(dir)) return [];
  const ids = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory() && existsSync(resolve(dir, e.name, 'index.html'))).map((e) => e.name).sort();
  return ids.length > 0 ? [`/indicators/${ids[0]}/`] : [];
}
const paths = [...PAGES, ...OPTIONAL.filter(built), ...firstIndicatorPage()];

/** A violation as a reader can act on it: rule, impact, what to fix, where. */
const describeViolation = (v: Result) =>
  `${v.impact} ${v.id}: ${v.help} (${v.helpUrl})\n${v.nodes.slice(0, 5).map((n) => `    at ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`).join('\n')}${v.nodes.length > 5 ? `\n    … and ${v.nodes.length - 5} more` : ''}`;

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

describe('axe-core: no serious or critical violation', () => {
  it('the check itself sees a critical violation (an image without text)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent('<!doctype html><html lang="zh-CN"><head><title>t</title></head><body><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>');
    const { violations } = await new AxeBuilder({ page }).analyze();
    await context.close();
    expect(violations.filter((v) => v.impact === 'critical').map((v) => v.id)).toContain('image-alt');
  });
  for (const width of WIDTHS) {
    for (const path of paths) {
      it(`${path} at ${width} px`, async () => {
        // AxeBuilder opens a helper page in the same context, so the page needs a context of its own.
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        const page = await context.newPage();
        expect((await page.goto(site(path)))?.ok(), `GET ${path}`).toBe(true);
        const { violations } = await new AxeBuilder({ page }).analyze();
        const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        await context.close();
        expect(bad.map(describeViolation).join('\n'), `${path} at ${width} px`).toBe('');
      });
    }
  }
});

/** The focused element: tag, id, class, href and text, to assert on and to print. */
const focused = (page: Page) => page.evaluate(() => {
  const el = document.activeElement as HTMLElement | null;
  return { tag: el?.tagName.toLowerCase() ?? '', id: el?.id ?? '', cls: el?.className ?? '', href: el?.getAttribute('href') ?? '', text: el?.textContent?.trim() ?? '',
    inToc: !!el?.closest('nav.toc'), inMeasure: el?.closest('article.measure')?.id ?? '' };
});

/** Presses Tab until `done` holds for the focused element (at most `limit` times); returns it. */
async function tabUntil(page: Page, done: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit: number) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (done(f)) return f;
  }
  throw new Error(`not reached after ${limit} Tab presses; focus is on ${JSON.stringify(await focused(page))}`);
}

/** Whether an element's top edge is inside the viewport. */
const inView = (page: Page, id: string) => page.evaluate((x) => {
  const r = document.getElementById(x)!.getBoundingClientRect();
  return r.top >= -1 && r.top < window.innerHeight;
}, id);

describe('keyboard only', () => {
  it('reaches the skip link with the first Tab; Enter moves focus to the main content', async () => {
    const page = await open(browser, '/');
    const first = await tabUntil(page, () => true, 1);
    expect(first).toMatchObject({ tag: 'a', href: '#main', text: '跳到正文' });
    // A skip link hidden off-screen must show itself when focused.
    const box = await page.locator('a.skip').boundingBox();
    expect(box && box.width > 0 && box.y >= 0 && box.y < 900).toBe(true);
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ tag: 'main', id: 'main' });
    await page.close();
  });
  it('on a plan page: tabs into the table of contents, follows a link, then reaches and follows a measure permalink', async () => {
    const page = await open(browser, '/plans/zigong-2021/');
    // Past the skip link, site header and metadata, into the contents; the second entry leads to measures.
    await tabUntil(page, (f) => f.inToc, 40);
    const entry = await tabUntil(page, (f) => f.inToc && f.text.startsWith('二、'), 10);
    await page.keyboard.press('Enter');
    const id = decodeURIComponent(entry.href.slice(1));
    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash.slice(1)))).toBe(id);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(id);
    expect(await inView(page, id)).toBe(true);
    // Sequential focus continues from the heading just reached, so the next measure is a few Tabs away.
    const permalink = await tabUntil(page, (f) => f.inMeasure !== '' && f.cls.includes('permalink'), 40);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${permalink.inMeasure}`);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(permalink.inMeasure);
    expect(await inView(page, permalink.inMeasure)).toBe(true);
    await page.close();
  });
});
