/**
 * Bytes a browser context fetches, from Playwright's network events: what came over the wire
 * (body as sent, gzip where the server compresses, plus headers) and the decoded bodies, by
 * resource type. Context-level events include requests made by dedicated workers (Pagefind
 * searches in a worker), which a page-level CDP session never sees.
 */
import type { BrowserContext, Request } from 'playwright-core';

/** Bytes and request counts of one measured span. */
export interface NetTotals {
  /** Bytes over the wire: response bodies as sent plus response headers. */
  bytes: number;
  /** Bytes of the decoded (uncompressed) response bodies. */
  decodedBytes: number;
  requests: number;
  failed: number;
  /** Bytes per kind: html, css, js, font, image, data (fetch/xhr: index chunks, JSON, wasm), other. */
  byKind: Record<string, number>;
  /** Decoded body bytes per kind. */
  decodedByKind: Record<string, number>;
}

const KIND: Record<string, string> = { document: 'html', stylesheet: 'css', script: 'js', font: 'font', image: 'image', fetch: 'data', xhr: 'data' };

/** A meter on a context: `take()` waits for pending sizes, returns the totals since the last take and restarts. */
export interface NetMeter {
  take: () => Promise<NetTotals>;
}

/** Size of the file a static site serves for a URL, or null; a static file's decoded body is exactly that. */
export type FileSize = (url: string) => number | null;

/**
 * Sizes of a finished request. The decoded size comes from the served file when known, because
 * Chromium keeps no body above its 10 MB resource buffer; it reports a wire size of 0 for worker
 * scripts, so the decoded size stands in there.
 */
async function bodyBytes(r: Request, fileSize: FileSize): Promise<{ body: number; decoded: number; headers: number }> {
  const sizes = await r.sizes();
  const decoded = fileSize(r.url()) ?? (await (await r.response())?.body().catch(() => null))?.length ?? sizes.responseBodySize;
  return { body: sizes.responseBodySize || decoded, decoded, headers: sizes.responseHeadersSize };
}

/** Starts counting the network traffic of a browser context. */
export function netMeter(context: BrowserContext, fileSize: FileSize): NetMeter {
  const fresh = (): NetTotals => ({ bytes: 0, decodedBytes: 0, requests: 0, failed: 0, byKind: {}, decodedByKind: {} });
  let totals = fresh();
  let pending: Promise<void>[] = [];
  context.on('request', () => { totals.requests++; });
  context.on('requestfailed', () => { totals.failed++; });
  context.on('requestfinished', (r) => {
    const t = totals;
    pending.push(bodyBytes(r, fileSize).then(({ body, decoded, headers }) => {
      const kind = KIND[r.resourceType()] ?? 'other';
      t.bytes += body + headers;
      t.decodedBytes += decoded;
      t.byKind[kind] = (t.byKind[kind] ?? 0) + body + headers;
      t.decodedByKind[kind] = (t.decodedByKind[kind] ?? 0) + decoded;
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
