/**
 * The search page's inline head script: it starts fetching the shards of the URL's query while
 * the page's CSS, modules and manifest are still on their way, instead of after the module has
 * run (on a slow machine the module runs only after the page's first layout, ~150 ms in). The
 * module's own fetch of each shard then takes the preloaded response.
 *
 * Both functions are inlined as source text (search.astro, allowed by their hash in the page's
 * Content-Security-Policy), so each is self-contained: no imports, no outer names, no inner
 * functions. tests/unit/search/early-shards.test.ts checks that earlyShards gives exactly the
 * shards of queryShards(parseQuery(q)) and that both run from their source text alone.
 */

/**
 * The shards of `q`'s bigrams in an index of `shards` shards: parseQuery's terms (quoted
 * phrases or runs of non-space), folded as foldChar folds, terms under two characters dropped,
 * then FNV-1a of each bigram coverGrams picks, as shardOf hashes it. In first-seen order, without repeats.
 */
export function earlyShards(q: string, shards: number): number[] {
  const out: number[] = [];
  const re = /["“”「」『』]([^"“”「」『』]*)["“”「」『』]|(\S+)/g;
  for (const m of q.matchAll(re)) {
    const term = (m[1] ?? m[2] ?? '').trim();
    let f = '';
    for (let i = 0; i < term.length; i++) {
      const c = term.charCodeAt(i);
      if (c >= 0xff01 && c <= 0xff5e) f += String.fromCharCode(c - 0xfee0).toLowerCase();
      else if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) ||
        c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) continue;
      else f += c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : term[i];
    }
    // The bigrams of coverGrams: even offsets, and the last one when the length is odd.
    for (let k = 0; f.length > 1 && k < f.length; k += 2) {
      const i = Math.min(k, f.length - 2);
      let h = 0x811c9dc5;
      h = Math.imul(h ^ f.charCodeAt(i), 0x01000193) >>> 0;
      h = Math.imul(h ^ f.charCodeAt(i + 1), 0x01000193) >>> 0;
      const n = h % shards;
      if (!out.includes(n)) out.push(n);
    }
  }
  return out;
}

/** Adds a `<link rel="preload" as="fetch">` to the head for each shard `shardsOf` gives for the URL's query (none without one). */
export function preloadShards(shardsOf: (q: string, shards: number) => number[], shards: number): void {
  const q = new URLSearchParams(location.search).get('q');
  if (!q || !(shards > 0)) return;
  for (const n of shardsOf(q, shards)) {
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    // As the manifest's preload: fetch() requests in CORS mode, and only a matching preload is reused.
    link.crossOrigin = 'anonymous';
    link.href = `/search/s/${n}.bin`;
    document.head.append(link);
  }
}

/** The inline script's source text: preloadShards run with earlyShards, for an index of `shards` shards. */
export function earlyShardsScript(shards: number): string {
  return `(${preloadShards.toString()})(${earlyShards.toString()},${JSON.stringify(shards)})`;
}
