import { cspHash } from '../../../src/lib/csp-hash.ts';

/**
 * Astro inlines each page's CSS as a `<style>` in its head (build.inlineStylesheets 'always');
 * the build then moves them to shared sheets (external-styles.ts) except on the search page and
 * for styles outside the head. The Content-Security-Policy allows those left inline by their
 * hashes, never by 'unsafe-inline'.
 */

// Astro writes the CSS verbatim between the tags; CSS never holds "</style>".
/** An inline style element and its text (group 1), as Astro writes it. */
export const STYLE = /<style>([\s\S]*?)<\/style>/g;
const CSP_STYLE = /(<meta http-equiv="Content-Security-Policy" content="[^"]*?style-src 'self')([^;"]*)/;

/**
 * Adds the hash of each of the page's `<style>` elements to the style-src of its
 * Content-Security-Policy meta. A page with styles but no such policy is an error: the browser
 * would apply none of them.
 */
export function addStyleHashes(html: string, page: string): string {
  const hashes = [...new Set([...html.matchAll(STYLE)].map((m) => cspHash(m[1]!)))];
  if (hashes.length === 0) return html;
  if (!CSP_STYLE.test(html)) throw new Error(`${page}: found inline <style> but no Content-Security-Policy meta with style-src 'self'; expected Base.astro's policy`);
  return html.replace(CSP_STYLE, (_, head: string, rest: string) => `${head} ${hashes.join(' ')}${rest}`);
}
