/** Page weight in Chromium: bytes a page fetches on load, by kind (HTML, CSS, JS, fonts, other). */
import type { Browser } from 'playwright-core';
import { netMeter, type FileSize, type NetTotals } from './net-meter.ts';

/** Weight of one page type, loaded cold until the network is idle. */
export interface PageWeight extends NetTotals {
  type: string;
  path: string;
}

/** Loads each page in a fresh context and counts what it fetched before any interaction. */
export async function measurePageWeights(browser: Browser, base: string, fileSize: FileSize, pages: readonly { type: string; path: string }[]): Promise<PageWeight[]> {
  const out: PageWeight[] = [];
  for (const p of pages) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const meter = netMeter(context, fileSize);
    await page.goto(`${base}${p.path.replace(/^\//, '')}`, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
    out.push({ ...p, ...(await meter.take()) });
    await context.close();
  }
  return out;
}
