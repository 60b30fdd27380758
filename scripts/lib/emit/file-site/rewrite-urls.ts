import { cspHashOf as cspHash } from './base64-sha256.ts';
import { fileHref, isRootRelative, rootOf } from '../../../../src/lib/file-href.ts';

/**
 * The built site's HTML and CSS with every root-relative URL made relative to the page, for
 * the copy of the site opened from disk (file://), where "/plans/x/" is the root of the disk
 * and a folder is not opened at its index.html: `<a href="/plans/x/">` on plans/y/index.html
 * → `<a href="../x/index.html">`. Query strings and anchors are kept.
 */

/** Attributes whose value is one URL: links, sources, forms, SVG links, data-* attributes holding a site URL. */
const URL_ATTRIBUTE = /^(?:href|src|action|formaction|poster|cite|xlink:href|data-[\w-]+)$/i;

// A start tag, its quoted values allowed to hold ">"; script and style elements whole, so their
// text is never taken for tags (a script's text is left alone; a style's URLs are rewritten).
const PIECE = /(<script\b(?:"[^"]*"|'[^']*'|[^'">])*>)([\s\S]*?)(<\/script>)|(<style\b(?:"[^"]*"|'[^']*'|[^'">])*>)([\s\S]*?)(<\/style>)|<[a-zA-Z](?:"[^"]*"|'[^']*'|[^'">])*>/g;
const ATTRIBUTE = /(\s)([^\s"'=<>\/]+)(\s*=\s*)(?:"([^"]*)"|'([^']*)')/g;
// `url(/x.svg)`, `url("/x.svg")`, `url('/x.svg')` in CSS.
const CSS_URL = /url\(\s*(["']?)([^"')\s]+)\1\s*\)/g;

/** A srcset's candidates ("/a.png 1x, /b.png 2x"), each URL made relative. */
function rewriteSrcset(value: string, root: string): string {
  return value.replace(/(^|,)(\s*)(\S+)/g, (_, comma: string, space: string, url: string) => `${comma}${space}${fileHref(url, root)}`);
}

/** One start tag with its URL attributes made relative (data-* values only when they are root-relative paths). */
function rewriteTag(tag: string, root: string): string {
  return tag.replace(ATTRIBUTE, (whole, space: string, name: string, eq: string, dq?: string, sq?: string) => {
    const value = dq ?? sq ?? '';
    const quote = dq !== undefined ? '"' : "'";
    let next = value;
    if (/^srcset$/i.test(name)) next = rewriteSrcset(value, root);
    else if (/^style$/i.test(name)) next = rewriteCss(value, root);
    else if (URL_ATTRIBUTE.test(name) && isRootRelative(value)) next = fileHref(value, root);
    return next === value ? whole : `${space}${name}${eq}${quote}${next}${quote}`;
  });
}

/** CSS with its root-relative url()s made relative to `root`, the way from the CSS's place to the site's root. */
export function rewriteCss(css: string, root: string): string {
  return css.replace(CSS_URL, (whole, quote: string, url: string) => (isRootRelative(url) ? `url(${quote}${fileHref(url, root)}${quote})` : whole));
}

/**
 * A page's HTML with its root-relative URLs made relative to the page at `pagePath` (path from
 * the site's root, "plans/x/index.html"). An inline style whose text changes gets its new hash
 * in the page's Content-Security-Policy in place of the old one (style-hashes.ts added them).
 */
export function rewriteHtml(html: string, pagePath: string): string {
  const root = rootOf(pagePath);
  const hashes = new Map<string, string>();
  const out = html.replace(PIECE, (whole, sOpen?: string, sText?: string, sClose?: string, cOpen?: string, cText?: string, cClose?: string) => {
    if (sOpen !== undefined) return `${rewriteTag(sOpen, root)}${sText}${sClose}`;
    if (cOpen !== undefined) {
      const css = rewriteCss(cText!, root);
      if (css !== cText) hashes.set(cspHash(cText!), cspHash(css));
      return `${rewriteTag(cOpen, root)}${css}${cClose}`;
    }
    return rewriteTag(whole, root);
  });
  return hashes.size === 0 ? out : out.replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*"/, (meta) => {
    for (const [from, to] of hashes) meta = meta.split(from).join(to);
    return meta;
  });
}
