import { describe, expect, it } from 'vitest';
import { asyncModuleScripts } from '../../../scripts/lib/emit/async-scripts.ts';
import { finishPage } from '../../../scripts/lib/emit/finish-page.ts';
import { addModulePreloads } from '../../../scripts/lib/emit/module-preloads.ts';
import { addStyleHashes } from '../../../scripts/lib/emit/style-hashes.ts';

const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'; img-src 'self'">`;
const depsOf = (entry: string) => (entry === 'search.A.js' ? ['normalize.B.js'] : []);
/** What the pass did before it looked at the head only: the whole page decoded, all three steps, encoded. */
const whole = (html: string) => asyncModuleScripts(Buffer.from(addStyleHashes(addModulePreloads(html, depsOf), 'x/index.html')), 'x/index.html').toString('utf8');

describe('finishPage', () => {
  it('gives the same page as processing it whole: style hashes (styles kept inline) and preloads in the head, the body\'s module scripts at its end, async', () => {
    const html = `<html><head>${csp}<style>body{font-family:"微软雅黑"}</style></head><body><p>营商环境</p><script type="module" src="/_astro/search.A.js"></script></body></html>`;
    const out = finishPage(Buffer.from(html), 'x/index.html', depsOf, true);
    expect(out.bytes.toString('utf8')).toBe(whole(html));
    expect(out.bytes.toString('utf8')).toContain('<link rel="modulepreload" href="/_astro/normalize.B.js"></head>');
    expect(out.bytes.toString('utf8')).toContain('<p>营商环境</p><script type="module" async src="/_astro/search.A.js"></script></body>');
    expect(out.scripts).toEqual(['_astro/search.A.js']);
  });

  it('returns the same buffer when nothing changes, and does a page with a style after its head whole', () => {
    const plain = Buffer.from('<html><head><title>x</title></head><body><p>x</p></body></html>');
    expect(finishPage(plain, 'x/index.html', depsOf).bytes).toBe(plain);
    const late = `<html><head>${csp}</head><body><style>p{color:red}</style><script type="module" src="/_astro/a.C.js"></script></body></html>`;
    const out = finishPage(Buffer.from(late), 'x/index.html', depsOf);
    expect(out.bytes.toString('utf8')).toBe(whole(late));
    expect(out.bytes.toString('utf8')).toContain("style-src 'self' 'sha256-");
    expect(out.scripts).toEqual(['_astro/a.C.js']);
  });
});
