/**
 * Bytes a browser context fetches, from Playwright's network events: body plus headers of
 * every response, by resource type. Context-level events include requests made by dedicated
 * workers (Pagefind searches in a worker), which a page-level CDP session never sees.
 */
import type { BrowserContext, Request } from 'playwright-core';

/** Bytes and request counts of one measured span. */
export interface NetTotals {
  bytes: number;
  requests: number;
  failed: number;
  /** Bytes per kind: html, css, js, font, image, data (fetch/xhr: index chunks, JSON, wasm), other. */
  byKind: Record<string, number>;
}

const KIND: Record<string, string> = { document: 'html', stylesheet: 'css', script: 'js', font: 'font', image: 'image', fetch: 'data', xhr: 'data' };

/** A meter on a context: `take()` waits for pending sizes, returns the totals since the last take and restarts. */
export interface NetMeter {
  take: () => Promise<NetTotals>;
}

/** Body bytes of a finished request; Chromium reports 0 for worker scripts, so the body is read then. */
async function bodyBytes(r: Request): Promise<{ body: number; headers: number }> {
  const sizes = await r.sizes();
  let body = sizes.responseBodySize;
  if (body === 0) body = (await (await r.response())?.body().catch(() => null))?.length ?? 0;
  return { body, headers: sizes.responseHeadersSize };
}

/** Starts counting the network traffic of a browser context. */
export function netMeter(context: BrowserContext): NetMeter {
  const fresh = (): NetTotals => ({ bytes: 0, requests: 0, failed: 0, byKind: {} });
  let totals = fresh();
  let pending: Promise<void>[] = [];
  context.on('request', () => { totals.requests++; });
  context.on('requestfailed', () => { totals.failed++; });
  context.on('requestfinished', (r) => {
    const t = totals;
    pending.push(bodyBytes(r).then(({ body, headers }) => {
      const kind = KIND[r.resourceType()] ?? 'other';
      t.bytes += body + headers;
      t.byKind[kind] = (t.byKind[kind] ?? 0) + body + headers;
    }, () => undefined));
  });
  return {
    take: async () => {
      await Promise.all(pending);
      const t = totals;
      totals = fresh();
      pending = [];
      return t;
    },
  };
}
