/**
 * Root-relative site URLs made relative, for the copy of the site opened from disk (file://),
 * where "/plans/x/" would point at the root of the disk and a folder is not opened at its
 * index.html. Used by the build's HTML rewriting and by the search page's hit links there.
 */

/** True for a URL written from the site's root ("/plans/x/"), not "//host/…", "#m3", "x/" or "https:…". */
export function isRootRelative(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

/**
 * `url` written from the site's root, made relative to a page whose way back to the root is
 * `root` ("", "../", "../../"); a folder gets its index.html, query and anchor are kept:
 * ("/plans/x/?hl=a#m3", "../") → "../plans/x/index.html?hl=a#m3". Other URLs come back as they are.
 */
export function fileHref(url: string, root: string): string {
  if (!isRootRelative(url)) return url;
  const cut = url.search(/[?#]/);
  const path = cut < 0 ? url : url.slice(0, cut);
  const rest = cut < 0 ? '' : url.slice(cut);
  const file = path.endsWith('/') ? `${path}index.html` : path;
  return `${root}${file.slice(1)}${rest}`;
}

/** The way from a page (its path in the site, "plans/x/index.html") back to the site's root: "../../". */
export function rootOf(pagePath: string): string {
  return '../'.repeat(pagePath.split('/').length - 1);
}
