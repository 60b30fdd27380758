import { createHash } from 'node:crypto';
import { STYLE } from './style-hashes.ts';

/**
 * A page's inline styles moved into one stylesheet shared by every page with the same styles.
 * Astro inlines each page's CSS (build.inlineStylesheets 'always', for the search page: see
 * astro.config.mjs); a plan or indicator page carries 8–16 kB of it, the same bytes on thousands
 * of pages: 37 of 294 MB of HTML at 500 plans. Moved out, it is stored once per set of styles
 * (a handful of files) and, served or cached, read once per visit.
 */

/** A stylesheet made from inline styles: its path in the site ("_astro/style-<hash>.css") and its text. */
export interface StyleFile {
  /** Path from the site's root, named after a hash of the text so that a changed sheet is a new URL. */
  path: string;
  /** The styles' text, in page order. */
  css: string;
}


/**
 * `head` (a page's head, or a page with no `</head>`: only what precedes it is looked at) with its
 * `<style>` elements replaced by one `<link rel="stylesheet">` where the first was, and the sheet
 * it links; `head` itself and no file when it has no style. Sheets that must come first in their
 * file (`@import`, `@charset`) cannot be joined to others, so such a page keeps its styles inline.
 */
export function externalStyles(head: string): { head: string; file: StyleFile | null } {
  const end = head.indexOf('</head>');
  const scope = end < 0 ? head : head.slice(0, end);
  const texts = [...scope.matchAll(STYLE)].map((m) => m[1]!);
  if (texts.length === 0 || texts.some((t) => /@import|@charset/i.test(t))) return { head, file: null };
  const css = texts.join('\n');
  const path = `_astro/style-${createHash('sha256').update(css, 'utf8').digest('hex').slice(0, 12)}.css`;
  let first = true;
  const done = scope.replace(STYLE, () => {
    if (!first) return '';
    first = false;
    return `<link rel="stylesheet" href="/${path}">`;
  });
  return { head: done + head.slice(scope.length), file: { path, css } };
}
