// Which copy of the site runs this script. The served site's modules (Astro/Vite) see no
// __BIZENV_FILE_SITE__ and take the served paths; the offline zip's copy, opened from disk,
// has its classic scripts bundled by esbuild with the name defined as true
// (scripts/file-site-fs.ts), so its unused branch is dropped there.
import { fileHref } from '../lib/file-href.ts';

declare const __BIZENV_FILE_SITE__: boolean | undefined;

/** True in the offline zip's copy of the site (opened from disk or served by serve.mjs), false on the served site. */
export const FILE_SITE = typeof __BIZENV_FILE_SITE__ !== 'undefined' && __BIZENV_FILE_SITE__ === true;

/** The way from this page back to the site's root in the offline copy ("../"), written on <html data-site-root> by the build. */
export function siteRoot(): string {
  return document.documentElement.dataset.siteRoot ?? '';
}

/** A root-relative site URL as this page must link it: unchanged when served, relative with index.html in the offline copy. */
export function siteHref(url: string): string {
  return FILE_SITE ? fileHref(url, siteRoot()) : url;
}
