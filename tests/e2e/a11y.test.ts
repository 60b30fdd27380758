import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, site } from './browser.ts';

/**
 * Every page type, required: a missing page fails its test (GET must answer 200) rather than
 * being skipped. Indicator page: electricity, which has the headline table and bar charts.
 */
export const PAGES = [
  '/', '/plans/zigong-2021/', '/plans/ziyang-2021/', '/search/', '/search/?q=%E5%B7%9D%E6%B8%9D%E9%80%9A%E5%8A%9E',
  '/indicators/', '/indicators/electricity/', '/deadlines/', '/deadlines/sichuan-2021/', '/leads/', '/leads/sichuan-2021/', '/about/',
];
/** Viewport widths: desktop and phone. */
const WIDTHS = [1280, 390];
const paths = PAGES;

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
        // Search results, filters and their counts are built by script: check them once shown.
        if (path.startsWith('/search/?')) await page.waitForSelector('#search-app[data-search-state="done"] li.hit');
        const { violations } = await new AxeBuilder({ page }).analyze();
        const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        await context.close();
        expect(bad.map(describeViolation).join('\n'), `${path} at ${width} px`).toBe('');
      });
    }
  }
});
