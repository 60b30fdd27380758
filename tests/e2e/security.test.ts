import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SITE_DIR } from './global-setup.ts';
import { launch, site } from './browser.ts';

// Security: every page carries a Content-Security-Policy that allows no inline script, and no
// page holds an inline script, an event-handler attribute or a javascript: URL.
const pages = readdirSync(SITE_DIR, { recursive: true }).map(String).filter((p) => p.endsWith('.html'));

describe('Content-Security-Policy and inline code', () => {
  it('finds pages to check', () => {
    expect(pages.length).toBeGreaterThanOrEqual(7);
  });
  it.each(pages)('%s', (path) => {
    const html = readFileSync(join(SITE_DIR, path), 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(csp, 'CSP meta').toBeDefined();
    const script = /script-src ([^;]+)/.exec(csp!.replace(/&#39;/g, "'"))?.[1];
    expect(script).toBe("'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag, `${relative(SITE_DIR, path)}: inline script`).toMatch(/\ssrc="\/[^"]+"/);
    expect(html).not.toMatch(/\son[a-z]+\s*=\s*["']/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/<style\b/);
    // Every script inside the document: a page's own <script> placed after its layout used to
    // land after </html>, where browsers only tolerate it.
    expect(html.trimEnd().endsWith('</html>'), `${relative(SITE_DIR, path)}: content after </html>`).toBe(true);
  });
  it('the browser reports no CSP violation while browsing and searching', async () => {
    const browser: Browser = await launch();
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text()); });
    for (const path of ['/', '/plans/ziyang-2021/?hl=%E5%B7%9D%E6%B8%9D#m12', '/about/', '/search/?q=川渝通办']) {
      await page.goto(site(path));
      await page.waitForLoadState('networkidle');
    }
    await page.waitForSelector('#search-app[data-search-state="done"]');
    expect(violations).toEqual([]);
    await browser.close();
  });
});

