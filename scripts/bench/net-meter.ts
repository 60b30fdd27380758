/**
 * Bytes a page fetches, from Chromium's own network events (CDP): transfer sizes as the browser
 * counted them, headers included, by resource type, for every request the page makes (module
 * imports, fetches and WebAssembly included, which DOM timing APIs miss or round down).
 */
import type { Page } from 'playwright-core';

/** Bytes and request counts of one measured span. */
export interface NetTotals {
  bytes: number;
  requests: number;
  failed: number;
  /** Bytes per kind: html, css, js, font, image, data (fetch/xhr: index chunks, JSON), other. */
  byKind: Record<string, number>;
}

const KIND: Record<string, string> = { Document: 'html', Stylesheet: 'css', Script: 'js', Font: 'font', Image: 'image', Fetch: 'data', XHR: 'data' };

/** A meter attached to a page: `take()` returns the totals since the last take and restarts. */
export interface NetMeter {
  take: () => NetTotals;
}

/** Starts counting the network traffic of a page. */
export async function netMeter(page: Page): Promise<NetMeter> {
  const cdp = await page.context().newCDPSession(page);
  const kinds = new Map<string, string>();
  let totals: NetTotals = { bytes: 0, requests: 0, failed: 0, byKind: {} };
  cdp.on('Network.requestWillBeSent', (e) => { kinds.set(e.requestId, KIND[e.type ?? ''] ?? 'other'); totals.requests++; });
  cdp.on('Network.responseReceived', (e) => { kinds.set(e.requestId, KIND[e.type] ?? 'other'); });
  cdp.on('Network.loadingFinished', (e) => {
    const kind = kinds.get(e.requestId) ?? 'other';
    totals.bytes += e.encodedDataLength;
    totals.byKind[kind] = (totals.byKind[kind] ?? 0) + e.encodedDataLength;
  });
  cdp.on('Network.loadingFailed', () => { totals.failed++; });
  await cdp.send('Network.enable');
  return {
    take: () => {
      const t = totals;
      totals = { bytes: 0, requests: 0, failed: 0, byKind: {} };
      return t;
    },
  };
}
