/**
 * Issue 5 §3, keyboard only: open search with "/", run a query, open a result, use the skip
 * link and the table of contents, follow a permalink, read a comparison table and follow one
 * of its cells to the measure — no mouse anywhere.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, open } from './browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/** The focused element: tag, id, class, href and text, to assert on and to print. */
const focused = (page: Page) => page.evaluate(() => {
  const el = document.activeElement as HTMLElement | null;
  return { tag: el?.tagName.toLowerCase() ?? '', id: el?.id ?? '', cls: el?.className ?? '', href: el?.getAttribute('href') ?? '', text: el?.textContent?.trim() ?? '',
    inToc: !!el?.closest('nav.toc'), inMeasure: el?.closest('article.measure')?.id ?? '',
    inHit: !!el?.closest('li.hit'), inHeadline: !!el?.closest('table.headline td'), cell: el?.closest('td')?.getAttribute('data-plan') ?? '' };
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

describe('keyboard-only walkthrough', () => {
  it('"/" opens the header search, Enter runs the query, Tab reaches a hit, Enter opens the measure with the query marked', async () => {
    const page = await open(browser, '/plans/leshan-2023/');
    await page.keyboard.press('/');
    expect(await focused(page)).toMatchObject({ tag: 'input', id: 'site-q' });
    await page.keyboard.type('川渝通办');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForSelector('#search-app[data-search-state="done"]');
    expect(await page.locator('li.hit').count()).toBeGreaterThan(0);
    const hit = await tabUntil(page, (f) => f.inHit && f.tag === 'a', 200);
    expect(hit.href).toMatch(/\?hl=.+#.+/);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.searchParams.get('hl') === '川渝通办');
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(id);
    // The query is marked, exactly, inside the measure the hit named.
    await expect.poll(() => page.evaluate((x) => [...document.getElementById(x)!.closest('article, tr, section')!.querySelectorAll('mark')].map((m) => m.textContent).join('|'), id)).toMatch(/^川渝通办(\|川渝通办)*$/);
    await page.close();
  });

  it('on an indicator page: Tab walks the headline table cell by cell and Enter follows a cell to its measure', async () => {
    const page = await open(browser, '/indicators/starting-business/');
    const cell = await tabUntil(page, (f) => f.inHeadline && f.tag === 'a' && f.cell === 'ziyang-2021', 300);
    const target = decodeURIComponent(cell.href.split('#')[1]!);
    // The header of the column the focus is in names the plan, so a screen reader reads the cell with it.
    const header = await page.evaluate(() => {
      const td = document.activeElement!.closest('td')!;
      const th = td.closest('table')!.querySelectorAll('thead th')[td.cellIndex]!;
      return th.textContent;
    });
    expect(header).toContain('资阳');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/plans\/ziyang-2021\/#/);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(target);
    await page.close();
  });
});

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
