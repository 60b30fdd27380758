import { describe, expect, it } from 'vitest';
import { checkLinks, cssRefs } from '../../scripts/lib/check/check-links.ts';
import { htmlRefs } from '../../scripts/lib/check/html-refs.ts';

const page = (body: string, head = '') => `<!doctype html><html lang="zh-CN"><head>${head}</head><body>${body}</body></html>`;
const site = (files: Record<string, string>) => new Map(Object.entries(files));
const reasons = (files: Record<string, string>) => checkLinks(site(files)).map((b) => `${b.page} -> ${b.href} (${b.reason})`);

describe('htmlRefs', () => {
  it('reads URL attributes of any element and ids, skipping comments, scripts and styles', () => {
    const r = htmlRefs(page(
      `<a href="/a/?q=1&amp;b=2" id="x">a</a><img src='i.png' srcset="i1.png 1x, i2.png 2x"><form action="/s/"></form>
       <!-- <a href="/commented/"> --><script>const s = '<a href="/in-script/">';</script><style>a[href="/in-style/"]{}</style>
       <a name="legacy">n</a><h2 id="一、总体要求">t</h2><div data-pagefind-body data-url="/not-a-link/"></div>`,
      '<link rel="stylesheet" href="/_astro/s.css"><script type="module" src="/_astro/m.js"></script>'));
    expect(r.refs.map((x) => `${x.tag}.${x.attr}=${x.url}`)).toEqual([
      'link.href=/_astro/s.css', 'script.src=/_astro/m.js', 'a.href=/a/?q=1&b=2', 'img.src=i.png', 'img.srcset=i1.png', 'img.srcset=i2.png', 'form.action=/s/',
    ]);
    expect([...r.ids]).toEqual(['x', 'legacy', '一、总体要求']);
  });
  it('keeps a > inside a quoted attribute value and decodes character references', () => {
    const r = htmlRefs('<a title="a > b" href="/x/#&#x4e00;">x</a><p id="&#19968;"></p>');
    expect(r.refs.map((x) => x.url)).toEqual(['/x/#一']);
    expect(r.ids.has('一')).toBe(true);
  });
});

describe('cssRefs', () => {
  it('finds url() in any quoting and @import, not in comments', () => {
    expect(cssRefs(`@import "base.css"; /* url(/gone.woff2) */ @font-face{src:url(/f/a.woff2) format("woff2"),url('b.woff')} .x{background:url( "c.svg" )}`))
      .toEqual(['/f/a.woff2', 'b.woff', 'c.svg', 'base.css']);
  });
});

describe('checkLinks', () => {
  it('accepts a site whose links, directory URLs, relative paths and anchors all resolve', () => {
    expect(reasons({
      'index.html': page('<a href="/plans/a/">a</a><a href="plans/a/#m1">m1</a><a href="#top">top</a><a href="mailto:x@y.cn">m</a><img src="data:image/png;base64,AA==">', '<link rel="stylesheet" href="/_astro/s.css">'),
      'plans/a/index.html': page('<a href="../../">home</a><a href="#m1">m1</a><a href="/sources/a.txt">源</a><article id="m1"></article><form action=""></form>'),
      '_astro/s.css': 'body{background:url(/img/bg.svg)}',
      'img/bg.svg': '', 'sources/a.txt': '',
    })).toEqual([]);
  });
  it('reports missing files, missing anchors on the same and other pages, and a directory URL without its slash', () => {
    expect(reasons({
      'index.html': page('<a href="/plans/b/">b</a><a href="/plans/a/#m9">m9</a><a href="#nowhere">n</a><a href="/plans/a">no slash</a><script src="/_astro/gone.js"></script>'),
      'plans/a/index.html': page('<article id="m1"></article>'),
    })).toEqual([
      'index.html -> /plans/b/ (no file plans/b/index.html)',
      'index.html -> /plans/a/#m9 (no element with id "m9" in plans/a/index.html)',
      'index.html -> #nowhere (no element with id "nowhere" in index.html)',
      'index.html -> /plans/a (directory URL without its trailing slash (use /plans/a/))',
      'index.html -> /_astro/gone.js (no file _astro/gone.js)',
    ]);
  });
  it('resolves percent-encoded and raw Chinese anchors and paths alike', () => {
    expect(reasons({
      'index.html': page('<a href="#%E4%B8%80%E3%80%81">a</a><a href="#一、">b</a><a href="/sources/%E6%96%B9%E6%A1%88.txt">c</a><a href="#%E4%BA%8C">d</a><h2 id="一、">一、</h2>'),
      'sources/方案.txt': '',
    })).toEqual(['index.html -> #%E4%BA%8C (no element with id "二" in index.html)']);
  });
  it('reports every reference to another origin, including protocol-relative URLs and fonts in CSS', () => {
    expect(reasons({
      'index.html': page('<a href="https://www.gov.cn/">gov</a><img src="//cdn.example.com/x.png"><a href="javascript:alert(1)">j</a>',
        '<link rel="stylesheet" href="http://fonts.example.com/css">'),
      'a.css': '@font-face{src:url(https://fonts.example.com/f.woff2)}',
    })).toEqual([
      'a.css -> https://fonts.example.com/f.woff2 (points to another origin; the site must load nothing from elsewhere)',
      'index.html -> http://fonts.example.com/css (points to another origin; the site must load nothing from elsewhere)',
      'index.html -> https://www.gov.cn/ (points to another origin; the site must load nothing from elsewhere)',
      'index.html -> //cdn.example.com/x.png (points to another origin; the site must load nothing from elsewhere)',
      'index.html -> javascript:alert(1) (javascript: URL)',
    ]);
  });
  it('reports a fragment into a file that is not a page, and an empty src, once per page', () => {
    expect(reasons({
      'index.html': page('<a href="/sources/a.txt#L3">l3</a><img src=""><img src="">'),
      'sources/a.txt': '',
    })).toEqual(['index.html -> /sources/a.txt#L3 (#L3 points into sources/a.txt, which is not a page)', 'index.html ->  (empty URL)']);
  });
});
