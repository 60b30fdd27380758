import { describe, expect, it } from 'vitest';
import { asyncModuleScripts } from '../../../scripts/lib/emit/async-scripts.ts';

const run = (html: string) => asyncModuleScripts(Buffer.from(html), 'x/index.html').toString('utf8');

describe('asyncModuleScripts', () => {
  it('moves a component\'s script from the middle of the body to its end, async, keeping the order of all scripts', () => {
    const page = '<html><head></head><body><form id="f"></form><script type="module" src="/_astro/Finder.A.js"></script><ul><li data-plan="x">省</li></ul><script type="module" src="/_astro/Base.B.js"></script></body></html>';
    expect(run(page)).toBe('<html><head></head><body><form id="f"></form><ul><li data-plan="x">省</li></ul><script type="module" async src="/_astro/Finder.A.js"></script><script type="module" async src="/_astro/Base.B.js"></script></body></html>');
  });

  it('returns the same buffer for a page without module scripts, and leaves inline and classic scripts where they are', () => {
    const plain = Buffer.from('<html><body><script data-served-only>(()=>{})()</script><p>营商</p></body></html>');
    expect(asyncModuleScripts(plain, 'x/index.html')).toBe(plain);
    expect(run('<body><script type="module">import "/x.js"</script><script src="/c.js"></script><p>a</p></body>')).toBe('<body><script type="module">import "/x.js"</script><script src="/c.js"></script><p>a</p></body>');
  });

  it('keeps multi-byte text around the moved tags intact and uses the last </body> (a "</body>" in text is escaped, but a fragment may hold one)', () => {
    expect(run('<body><p>牵头单位：市发展改革委</p><script type="module" src="/_astro/a.js"></script><p>完成时限：2023年底</p></body>\n')).toBe('<body><p>牵头单位：市发展改革委</p><p>完成时限：2023年底</p><script type="module" async src="/_astro/a.js"></script></body>\n');
  });

  it('says which page has module scripts but no </body>', () => {
    expect(() => asyncModuleScripts(Buffer.from('<p>x</p><script type="module" src="/_astro/a.js"></script>'), 'plans/x/index.html')).toThrow(/plans\/x\/index\.html: found 1 module script\(s\) but no <\/body>/);
  });
});
