/**
 * Link integrity of a built site, as pure logic over its files: every internal reference
 * resolves to a file, every `#fragment` to an element id of its target page, and nothing
 * points to another origin (the site must work on a closed network).
 */
import { htmlRefs, type HtmlRefs } from './html-refs.ts';

/** The URLs a stylesheet loads: every `url(…)` and `@import "…"` (fonts and images included). */
export function cssRefs(css: string): string[] {
  const code = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const urls: string[] = [];
  for (const m of code.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gi)) urls.push((m[1] ?? m[2] ?? m[3] ?? '').trim());
  for (const m of code.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)) urls.push((m[1] ?? m[2] ?? '').trim());
  return urls;
}

/** A reference that does not resolve, and why. */
export interface BrokenLink {
  /** Site path of the referring file, e.g. "plans/zigong-2021/index.html". */
  page: string;
  href: string;
  reason: string;
}

/** Placeholder origin used to resolve relative URLs; any other host means the URL left the site. */
const ORIGIN = 'https://site.invalid';
/** Schemes that never load anything from a server (mail and phone links, inline data). */
const INERT_SCHEMES = new Set(['mailto', 'tel', 'data']);

/** Why a reference from `page` does not resolve in `site`, or null when it does. */
function problem(site: ReadonlyMap<string, string>, ids: (page: string) => Set<string>, page: string, href: string): string | null {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https' || href.startsWith('//')) return 'points to another origin; the site must load nothing from elsewhere';
  if (scheme === 'javascript') return 'javascript: URL';
  if (scheme !== undefined) return INERT_SCHEMES.has(scheme) ? null : `unexpected URL scheme "${scheme}:"`;
  const url = new URL(href, `${ORIGIN}/${page}`);
  if (url.origin !== ORIGIN) return 'resolves to another origin';
  let path: string;
  let fragment: string;
  try {
    path = decodeURIComponent(url.pathname).slice(1);
    fragment = decodeURIComponent(url.hash.slice(1));
  } catch {
    return 'malformed percent-encoding';
  }
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  if (!site.has(file)) return site.has(`${file}/index.html`) ? `directory URL without its trailing slash (use /${file}/)` : `no file ${file}`;
  // An empty fragment and "#top" scroll to the top of any page, by the HTML standard.
  if (fragment === '' || fragment === 'top') return null;
  if (!file.endsWith('.html')) return `#${fragment} points into ${file}, which is not a page`;
  return ids(file).has(fragment) ? null : `no element with id "${fragment}" in ${file}`;
}

/**
 * Every broken reference of a site given as path → text (paths relative to its root, "/"
 * separated; .html and .css files with their text, other files with any value). Sorted by
 * page, each distinct (page, href) reported once.
 */
export function checkLinks(site: ReadonlyMap<string, string>): BrokenLink[] {
  const parsed = new Map<string, HtmlRefs>();
  const refsOf = (page: string): HtmlRefs => {
    let r = parsed.get(page);
    if (!r) parsed.set(page, (r = htmlRefs(site.get(page) ?? '')));
    return r;
  };
  const broken: BrokenLink[] = [];
  for (const page of [...site.keys()].sort()) {
    let hrefs: string[];
    if (page.endsWith('.html')) hrefs = refsOf(page).refs.filter((r) => r.url !== '' || !/action$/.test(r.attr)).map((r) => r.url);
    else if (page.endsWith('.css')) hrefs = cssRefs(site.get(page) ?? '').filter((u) => !u.startsWith('#'));
    else continue;
    for (const href of new Set(hrefs)) {
      const reason = href === '' ? 'empty URL' : problem(site, (p) => refsOf(p).ids, page, href);
      if (reason) broken.push({ page, href, reason });
    }
  }
  return broken;
}
