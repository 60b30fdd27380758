/**
 * Search latency and bytes in Chromium, cold (fresh browser context: empty cache, nothing
 * loaded) and warm (a second query in the same page, issued by script as the baseline's is). Our site: /search/?q=… until an element
 * [data-search-state="done"] appears. Baseline: Pagefind's JS API in a bare page, plus the
 * data of the first five results, which is what Pagefind's default UI loads.
 */
import type { Browser, Page } from 'playwright-core';
import { netMeter, type FileSize } from './net-meter.ts';

/** One query's figures; null latency when the query did not finish. */
export interface QueryFigures {
  query: string;
  /** Milliseconds from navigation start (cold) or from the query being issued in the page (warm) to results. */
  ms: number | null;
  /** Wire bytes (body as sent + headers) and decoded body bytes of every request of the span. */
  bytes: number;
  decodedBytes: number;
  requests: number;
  /** Baseline: pages found. Ours: the page's data-result-count (occurrences), if it sets one. */
  results: number | null;
  error?: string;
}

/** Cold and warm figures for a list of queries; warm query i runs after cold query i, with query i+1. */
export interface SearchFigures {
  available: boolean;
  note?: string;
  cold: QueryFigures[];
  warm: QueryFigures[];
}

/**
 * Records when the page's search state becomes "done" (each time), relative to navigation start,
 * and says so on the console. The bench waits for that console message instead of polling the
 * page with waitForFunction: polling injects Playwright's script and runs it every frame on the
 * page's main thread, which cost our cold query 50–80 ms on a 2-vCPU machine (measured A/B).
 */
const DONE_MESSAGE = '__search_done__';
const WATCH_DONE = `(() => {
  window.__searchDone = [];
  let was = false;
  const check = () => {
    const now = !!document.querySelector('[data-search-state="done"]');
    if (now && !was) { window.__searchDone.push(performance.now()); console.debug(${JSON.stringify(DONE_MESSAGE)}); }
    was = now;
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-search-state'] });
})();`;

/**
 * Resolves at the page's next "done" message; made before the action that leads to it, so none
 * is missed. If that action fails first, the caller never awaits it: its rejection is then dropped.
 */
function nextDone(page: Page, timeout: number): Promise<unknown> {
  const done = page.waitForEvent('console', { predicate: (m) => m.text() === DONE_MESSAGE, timeout });
  done.catch(() => undefined);
  return done;
}

const doneAt = (page: Page, i: number) => page.evaluate((k) => (window as unknown as { __searchDone: number[] }).__searchDone[k]!, i);
const resultCount = (page: Page) => page.evaluate(() => {
  const v = document.querySelector('[data-search-state="done"]')?.getAttribute('data-result-count');
  return v === null || v === undefined ? null : Number(v);
});
/** Lets requests started by showing results finish before bytes are counted. */
const settle = (page: Page) => page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => undefined);

/**
 * Issues a query on our search page as a reader's typing and Enter do: the search page's own box
 * (inside the element that carries the state, not the site header's, which navigates) gets the
 * text and an input event, then its form is submitted. Returns performance.now() just before, or
 * null without a box. In the page, as the baseline's query is: with Playwright's fill() and
 * press() the span also held their protocol round trips and actionability checks (30–100 ms on
 * this machine, a floor the baseline never paid), and the page prepared the query between them.
 */
const issueQuery = (q: string): number | null => {
  const box = document.querySelector<HTMLInputElement>('[data-search-state] input[type="search"]');
  if (!box?.form) return null;
  const t = performance.now();
  box.value = q;
  box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: q }));
  box.form.requestSubmit();
  return t;
};

/** Our search page: cold by navigation, warm by issuing the next query in the page (issueQuery). */
export async function measureOurSearch(browser: Browser, base: string, fileSize: FileSize, queries: readonly string[]): Promise<SearchFigures> {
  const out: SearchFigures = { available: true, cold: [], warm: [] };
  for (const [i, query] of queries.entries()) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const meter = netMeter(context, fileSize);
    await page.addInitScript(WATCH_DONE);
    try {
      const coldDone = nextDone(page, 30_000);
      await page.goto(`${base}search/?q=${encodeURIComponent(query)}`);
      await coldDone;
      const ms = await doneAt(page, 0);
      const results = await resultCount(page);
      await settle(page);
      out.cold.push({ query, ms, results, ...(await meter.take()) });
      const next = queries[(i + 1) % queries.length]!;
      const warmDone = nextDone(page, 15_000);
      const t0 = await page.evaluate(issueQuery, next);
      if (t0 === null) { out.warm.push({ query: next, ms: null, bytes: 0, decodedBytes: 0, requests: 0, results: null, error: 'no input[type=search] inside [data-search-state] on /search/' }); continue; }
      await warmDone;
      const warmMs = (await doneAt(page, 1)) - t0;
      const warmResults = await resultCount(page);
      await settle(page);
      out.warm.push({ query: next, ms: warmMs, results: warmResults, ...(await meter.take()) });
    } catch (e) {
      const error = (e as Error).message.split('\n')[0]!;
      if (out.cold.length === i) out.cold.push({ query, ms: null, results: null, error, ...(await meter.take()) });
      else out.warm.push({ query: queries[(i + 1) % queries.length]!, ms: null, bytes: 0, decodedBytes: 0, requests: 0, results: null, error });
    } finally {
      await context.close();
    }
  }
  return out;
}

/** Runs one query with Pagefind's API in the page; returns when it finished and how many results. */
const pagefindQuery = (page: Page, q: string) => page.evaluate(async (query) => {
  const pf = await import('/pagefind/pagefind.js' as string);
  const search = await pf.search(query);
  await Promise.all(search.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data()));
  return { at: performance.now(), results: search.results.length as number };
}, q);

/** The baseline: a bare page (/search/) that imports Pagefind and queries it, cold and warm. */
export async function measureBaselineSearch(browser: Browser, base: string, fileSize: FileSize, queries: readonly string[]): Promise<SearchFigures> {
  const out: SearchFigures = { available: true, cold: [], warm: [] };
  for (const [i, query] of queries.entries()) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const meter = netMeter(context, fileSize);
    try {
      await page.goto(`${base}search/`);
      const cold = await pagefindQuery(page, query);
      await settle(page);
      out.cold.push({ query, ms: cold.at, results: cold.results, ...(await meter.take()) });
      const next = queries[(i + 1) % queries.length]!;
      const t0 = await page.evaluate(() => performance.now());
      const warm = await pagefindQuery(page, next);
      await settle(page);
      out.warm.push({ query: next, ms: warm.at - t0, results: warm.results, ...(await meter.take()) });
    } catch (e) {
      out.cold.push({ query, ms: null, results: null, error: (e as Error).message.split('\n')[0]!, ...(await meter.take()) });
    } finally {
      await context.close();
    }
  }
  return out;
}
