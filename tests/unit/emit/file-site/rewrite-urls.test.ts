import { describe, expect, it } from 'vitest';
import { rewriteCss, rewriteHtml } from '../../../../scripts/lib/emit/file-site/rewrite-urls.ts';
import { cspHash } from '../../../../src/lib/csp-hash.ts';
import { fileHref, isRootRelative, rootOf } from '../../../../src/lib/file-href.ts';

describe('fileHref', () => {
  it('spells out index.html for folders and keeps query and anchor', () => {
    expect(fileHref('/plans/x/', '../')).toBe('../plans/x/index.html');
    expect(fileHref('/plans/x/?hl=%E5%B7%9D#m3', '../../')).toBe('../../plans/x/index.html?hl=%E5%B7%9D#m3');
    expect(fileHref('/search/?q=a&kind=plan', '')).toBe('search/index.html?q=a&kind=plan');
    expect(fileHref('/', '../')).toBe('../index.html');
    expect(fileHref('/#top', '')).toBe('index.html#top');
    expect(fileHref('/data/plans.json', '../')).toBe('../data/plans.json');
  });
  it('leaves URLs that are not root-relative as they are', () => {
    for (const url of ['#m3', 'x/', '//cdn.example/x.js', 'https://example.org/', 'data:image/svg+xml,%3Csvg', '']) {
      expect(isRootRelative(url)).toBe(false);
      expect(fileHref(url, '../')).toBe(url);
    }
  });
  it('finds the way back to the root from a page path', () => {
    expect(rootOf('index.html')).toBe('');
    expect(rootOf('search/index.html')).toBe('../');
    expect(rootOf('plans/x/index.html')).toBe('../../');
  });
});

describe('rewriteHtml', () => {
  it('makes links, sources, form actions and data-* URLs relative to the page', () => {
    const html = '<a class="brand" href="/">站</a><a href="/plans/x/#m5">x</a><img src="/icon.svg" alt=""><form action="/search/" method="get"></form><div data-href="/indicators/land/" data-plan="x"></div>';
    expect(rewriteHtml(html, 'plans/y/index.html')).toBe('<a class="brand" href="../../index.html">站</a><a href="../../plans/x/index.html#m5">x</a><img src="../../icon.svg" alt=""><form action="../../search/index.html" method="get"></form><div data-href="../../indicators/land/index.html" data-plan="x"></div>');
  });
  it('rewrites SVG links, single quotes, srcset candidates and values holding ">"', () => {
    const html = `<svg><a href="/plans/x/?a=1"><rect/></a><a xlink:href='/leads/'><text>t</text></a></svg><img srcset="/a.png 1x, /b.png 2x" alt="a>b" src='/c.png'>`;
    expect(rewriteHtml(html, 'indicators/index.html')).toBe(`<svg><a href="../plans/x/index.html?a=1"><rect/></a><a xlink:href='../leads/index.html'><text>t</text></a></svg><img srcset="../a.png 1x, ../b.png 2x" alt="a>b" src='../c.png'>`);
  });
  it('leaves anchors, relative and external URLs, non-URL attributes and script text alone', () => {
    const html = '<a href="#m3">a</a><a href="x/">b</a><a href="https://gov.cn/">c</a><p title="/not/a/link"></p><script>const u = "<a href=\\"/x/\\">";</script><script type="module" src="/_astro/a.js"></script>';
    expect(rewriteHtml(html, 'search/index.html')).toBe('<a href="#m3">a</a><a href="x/">b</a><a href="https://gov.cn/">c</a><p title="/not/a/link"></p><script>const u = "<a href=\\"/x/\\">";</script><script type="module" src="../_astro/a.js"></script>');
  });
  it('rewrites url() in inline styles and style attributes, and swaps the style\'s hash in the policy', () => {
    const css = '.a{background:url(/img/a.svg)}';
    const html = `<meta http-equiv="Content-Security-Policy" content="style-src 'self' ${cspHash(css)}"><style>${css}</style><div style="background:url('/b.png')"></div>`;
    const out = rewriteHtml(html, 'leads/index.html');
    const done = '.a{background:url(../img/a.svg)}';
    expect(out).toBe(`<meta http-equiv="Content-Security-Policy" content="style-src 'self' ${cspHash(done)}"><style>${done}</style><div style="background:url('../b.png')"></div>`);
  });
  it('returns a page without root-relative URLs unchanged', () => {
    const html = '<html><head><style>p{margin:0}</style></head><body><a href="#x">x</a></body></html>';
    expect(rewriteHtml(html, 'plans/x/index.html')).toBe(html);
  });
});

describe('rewriteCss', () => {
  it('rewrites root-relative url()s from the stylesheet\'s place only', () => {
    expect(rewriteCss('a{b:url("/f.woff2")}c{d:url(data:x)}e{f:url(g.png)}', '../')).toBe('a{b:url("../f.woff2")}c{d:url(data:x)}e{f:url(g.png)}');
  });
});
