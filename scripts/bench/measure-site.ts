/** Serves a built site and measures it in Chromium: page weights and search. */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import type { FileSize } from './net-meter.ts';
import { measurePageWeights, type PageWeight } from './page-weight.ts';
import type { PageType } from './page-types.ts';
import { measureBaselineSearch, measureOurSearch, type SearchFigures } from './search-bench.ts';
import { serveSite } from './serve-site.ts';

/** Headless Debian Chromium with the flags this closed network needs (as tests/e2e/browser.ts). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** The served file's size for a URL of the site in `dist`, as scripts/serve.mjs maps it (folder → index.html). */
function siteFileSize(dist: string): FileSize {
  return (url) => {
    try {
      const path = join(dist, decodeURIComponent(new URL(url).pathname));
      const st = statSync(path);
      return st.isDirectory() ? statSync(join(path, 'index.html')).size : st.size;
    } catch {
      return null;
    }
  };
}

/** What the browser measured on one site. */
export interface BrowserFigures {
  pageWeights: PageWeight[];
  search: SearchFigures;
}

/** Measures a site (each page loaded `loads` times for DOMContentLoaded): `kind` picks the search contract (our /search/ page, or Pagefind's API on the baseline). */
export async function measureSite(root: string, browser: Browser, dist: string, kind: 'ours' | 'baseline', pages: readonly PageType[], queries: readonly string[], loads = 1): Promise<BrowserFigures> {
  const server = await serveSite(root, dist);
  try {
    const fileSize = siteFileSize(dist);
    const pageWeights = await measurePageWeights(browser, server.url, fileSize, pages, loads);
    let search: SearchFigures;
    if (kind === 'baseline') search = await measureBaselineSearch(browser, server.url, fileSize, queries);
    // Until the site has a search page there is nothing to measure; recorded, not failed.
    else if (!existsSync(resolve(dist, 'search/index.html'))) search = { available: false, note: 'the site has no /search/ page', cold: [], warm: [] };
    else search = await measureOurSearch(browser, server.url, fileSize, queries);
    return { pageWeights, search };
  } finally {
    server.stop();
  }
}
