/** Serves a built site and measures it in Chromium: page weights and search. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { measurePageWeights, type PageWeight } from './page-weight.ts';
import type { PageType } from './page-types.ts';
import { measureBaselineSearch, measureOurSearch, type SearchFigures } from './search-bench.ts';
import { serveSite } from './serve-site.ts';

/** What the browser measured on one site. */
export interface BrowserFigures {
  pageWeights: PageWeight[];
  search: SearchFigures;
}

/** Measures a site: `kind` picks the search contract (our /search/ page, or Pagefind's API on the baseline). */
export async function measureSite(root: string, browser: Browser, dist: string, kind: 'ours' | 'baseline', pages: readonly PageType[], queries: readonly string[]): Promise<BrowserFigures> {
  const server = await serveSite(root, dist);
  try {
    const pageWeights = await measurePageWeights(browser, server.url, pages);
    let search: SearchFigures;
    if (kind === 'baseline') search = await measureBaselineSearch(browser, server.url, queries);
    // Until the site has a search page there is nothing to measure; recorded, not failed.
    else if (!existsSync(resolve(dist, 'search/index.html'))) search = { available: false, note: 'the site has no /search/ page', cold: [], warm: [] };
    else search = await measureOurSearch(browser, server.url, queries);
    return { pageWeights, search };
  } finally {
    server.stop();
  }
}
