/**
 * Page weight and DOMContentLoaded in Chromium: bytes a page fetches on load, by kind (HTML,
 * CSS, JS, fonts, other), and the time from navigation start to the end of DOMContentLoaded,
 * which issue 13 compares with the baseline's plan page.
 */
import type { Browser } from 'playwright-core';
import { netMeter, type FileSize, type NetTotals } from './net-meter.ts';
import { median } from './results.ts';

/** Weight of one page type, loaded cold until the network is idle, and its DOMContentLoaded. */
export interface PageWeight extends NetTotals {
  type: string;
  path: string;
  /** Median over `dclSamplesMs`; null when no load reported it. */
  domContentLoadedMs?: number | null;
  /** DOMContentLoaded (navigation start to the event's end) of each cold load, ms. */
  dclSamplesMs?: number[];
}

/** Navigation start to the end of DOMContentLoaded, read from the page's Navigation Timing entry. */
const DCL = () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventEnd ?? null;

/**
 * Loads each page `loads` times, each in a fresh context (cold cache): the first load's traffic
 * is the page weight, every load gives a DOMContentLoaded sample (one load is too noisy on 2
 * shared cores), the median counts.
 */
export async function measurePageWeights(browser: Browser, base: string, fileSize: FileSize, pages: readonly { type: string; path: string }[], loads = 1): Promise<PageWeight[]> {
  const out: PageWeight[] = [];
  for (const p of pages) {
    let weight: NetTotals | null = null;
    const samples: number[] = [];
    for (let i = 0; i < Math.max(1, loads); i++) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      try {
        const page = await context.newPage();
        const meter = netMeter(context, fileSize);
        // A 27 MB page (an indicator page at 3,000 plans before issue 13) can take long to load here.
        await page.goto(`${base}${p.path.replace(/^\//, '')}`, { waitUntil: 'load', timeout: 120_000 });
        const dcl = await page.evaluate(DCL);
        if (dcl !== null && dcl > 0) samples.push(dcl);
        await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
        const totals = await meter.take();
        weight ??= totals;
      } finally {
        await context.close();
      }
    }
    out.push({ ...p, ...weight!, domContentLoadedMs: median(samples), dclSamplesMs: samples.map((x) => Math.round(x * 10) / 10) });
  }
  return out;
}
