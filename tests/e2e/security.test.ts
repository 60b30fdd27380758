import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SITE_DIR } from './global-setup.ts';
import { launch, site } from './browser.ts';
import { cspHash } from '../../src/lib/csp-hash.ts';

// Security: every page carries a Content-Security-Policy that allows inline code only by its
// hash: the search page's head script and inline <style>, plan tables' <style>, nothing else; no page
// holds an event-handler attribute or a javascript: URL.
const pages = readdirSync(SITE_DIR, { recursive: true }).map(String).filter((p) => p.endsWith('.html'));

describe('Content-Security-Policy and inline code', () => {
  it('finds pages to check', () => {
    expect(pages.length).toBeGreaterThanOrEqual(7);
  });
  it.each(pages)('%s', (path) => {
    const html = readFileSync(join(SITE_DIR, path), 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(csp, 'CSP meta').toBeDefined();
    const policy = csp!.replace(/&#39;/g, "'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|strict-dynamic/);
    // Each directive: 'self' plus exactly the hashes of the page's inline elements of that kind.
    const inlineScripts = [...html.matchAll(/<script(?: data-served-only)?>([\s\S]*?)<\/script>/g)].map((m) => cspHash(m[1]!));
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => cspHash(m[1]!));
    expect(/script-src ([^;]+)/.exec(policy)?.[1]).toBe(["'self'", ...inlineScripts].join(' '));
    expect(/style-src ([^;]+)/.exec(policy)?.[1]).toBe(["'self'", ...new Set(styles)].join(' '));
    // The page's own CSS is one sheet: a shared file of the site (external-styles.ts), inline on
    // the search page only; a plan page adds an inline block per appendix table
    // (plan-table-css.ts), whose every rule is scoped to that table's id on the page.
    const blocks = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    const sheets = [...html.matchAll(/<link rel="stylesheet" href="\/([^"]+)">/g)].map((m) => m[1]!);
    const searchPage = path === join('search', 'index.html');
    expect(blocks.filter((b) => !b.includes(':where(#')).length, `${relative(SITE_DIR, path)}: its CSS inline`).toBe(searchPage ? 1 : 0);
    expect(sheets.length, `${relative(SITE_DIR, path)}: its CSS linked`).toBe(searchPage ? 0 : 1);
    for (const sheet of sheets) expect(sheet, 'a shared sheet of the site').toMatch(/^_astro\/style-[0-9a-f]{12}\.css$/);
    for (const sheet of sheets) expect(existsSync(join(SITE_DIR, sheet)), `${sheet} is in the site`).toBe(true);
    for (const b of blocks.filter((x) => x.includes(':where(#'))) {
      const ids = new Set([...b.matchAll(/:where\(#([\w-]+)/g)].map((m) => m[1]!));
      expect(ids.size, `${relative(SITE_DIR, path)}: a table style names one table`).toBe(1);
      expect(html, `${relative(SITE_DIR, path)}: the styled table is on the page`).toContain(`id="${[...ids][0]}"`);
    }
    // The one inline script is the search page's build-time head script (src/lib/search/early-shards.ts),
    // marked data-served-only: the offline zip's copy leaves it out (file-site/classic-scripts.ts).
    expect(inlineScripts.length).toBe(path === join('search', 'index.html') ? 1 : 0);
    for (const m of html.matchAll(/<script(?: data-served-only)?>([\s\S]*?)<\/script>/g)) expect(m[1]).toMatch(/^\(function preloadShards\(/);
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag, `${relative(SITE_DIR, path)}: script tag`).toMatch(/^<script(?: data-served-only)?>$|\ssrc="\/[^"]+"/);
    for (const tag of html.match(/<style\b[^>]*>/g) ?? []) expect(tag).toBe('<style>');
    expect(html).not.toMatch(/\son[a-z]+\s*=\s*["']/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/\sstyle\s*=/i);
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

