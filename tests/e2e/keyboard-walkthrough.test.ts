/**
 * Issue 5 §3, keyboard only: open search with "/", run a query, open a result, and read a
 * comparison table and follow one of its cells to the measure — no mouse anywhere. (The table
 * of contents and permalinks are walked in a11y.test.ts.)
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, open } from './browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/** The focused element as the test needs it. */
const focused = (page: Page) => page.evaluate(() => {
  const el = document.activeElement as HTMLElement | null;
  return {
    tag: el?.tagName.toLowerCase() ?? '', id: el?.id ?? '', href: el?.getAttribute('href') ?? '', text: el?.textContent?.trim() ?? '',
    inHit: !!el?.closest('li.hit'), inHeadline: !!el?.closest('table.headline td'), cell: el?.closest('td')?.getAttribute('data-plan') ?? '',
  };
});

/** Presses Tab until `done` holds for the focused element (at most `limit` times). */
async function tabUntil(page: Page, done: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit: number) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (done(f)) return f;
  }
  throw new Error(`not reached after ${limit} Tab presses; focus is on ${JSON.stringify(await focused(page))}`);
}

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
