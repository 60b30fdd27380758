/**
 * The URL references and fragment targets of one HTML page, read with a small tokenizer: the
 * pages are Astro's own well-formed output, so a full HTML parser would add a dependency for
 * nothing. Script and style contents and comments are skipped, so code that merely mentions a
 * URL is never taken for a link.
 */

/** Named character references Astro and Pagefind actually write into attribute values. */
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references of an HTML attribute value ("&amp;" → "&", "&#x4e00;" → "一"). */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** One URL-valued attribute of an element. */
export interface HtmlRef {
  tag: string;
  attr: string;
  url: string;
}

/** What a page links to and what it can be linked to. */
export interface HtmlRefs {
  refs: HtmlRef[];
  /** Element ids, plus `name` of `<a>` (a legacy fragment target browsers still honour). */
  ids: Set<string>;
}

/** Attributes whose value is one URL, on any element (href covers a, link, area, svg use). */
const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'poster', 'data', 'cite', 'xlink:href', 'background', 'manifest']);
const SRCSET_ATTRS = new Set(['srcset', 'imagesrcset']);
const TAG = /<([a-zA-Z][^\s/>]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** The page without comments and without the contents of script, style and template text. */
function markupOnly(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1\s*>/gi, '<$1$2></$1>');
}

/** Candidate URLs of a srcset: comma-separated "url [descriptor]" entries. */
function srcsetUrls(value: string): string[] {
  return value.split(/,\s+|,(?=\S)/).map((s) => s.trim().split(/\s+/)[0] ?? '').filter((u) => u !== '');
}

/** Every URL reference and fragment target of an HTML page. */
export function htmlRefs(html: string): HtmlRefs {
  const refs: HtmlRef[] = [];
  const ids = new Set<string>();
  for (const tagMatch of markupOnly(html).matchAll(TAG)) {
    const tag = tagMatch[1]!.toLowerCase();
    for (const a of (tagMatch[2] ?? '').matchAll(ATTR)) {
      const attr = a[1]!.toLowerCase();
      const raw = a[2] ?? a[3] ?? a[4];
      if (raw === undefined) continue;
      const value = decodeEntities(raw);
      if (attr === 'id' || (attr === 'name' && tag === 'a')) ids.add(value);
      else if (URL_ATTRS.has(attr) && (attr !== 'data' || tag === 'object')) refs.push({ tag, attr, url: value.trim() });
      else if (SRCSET_ATTRS.has(attr)) for (const url of srcsetUrls(value)) refs.push({ tag, attr, url });
    }
  }
  return { refs, ids };
}
