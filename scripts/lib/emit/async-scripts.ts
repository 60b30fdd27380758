/**
 * A page's module scripts moved to the end of its body and marked `async`. Astro writes a
 * component's script where the component is (`<script type="module" src="/_astro/x.js"></script>`
 * in the middle of the home page, before the province list), and a module script, even a
 * 0.4 kB one, holds DOMContentLoaded until it is fetched and run: on the home page at 500 plans
 * that was 267 ms against 161 ms async (9 cold loads). Every script here only enhances markup the
 * server already rendered, and once it sits after all of the body's markup, it finds that markup
 * parsed whenever it runs (a script runs only after the parser has inserted it), so it no longer
 * needs to wait for the parser, and the parser no longer waits for it. The scripts share no
 * start-up order: each one's imports are its own modules, run once.
 */

const MODULE_TAG = Buffer.from('<script type="module" src="/');
const ASYNC_TAG = '<script type="module" async src="/';
const END = Buffer.from('</script>');
const BODY_END = Buffer.from('</body>');

/**
 * `bytes` (a page's body, or a whole page) with each `<script type="module" src="/…"></script>`
 * taken out and put back, in the same order and with `async`, just before the last `</body>`;
 * `bytes` itself when there is none. Throws when there are scripts but no `</body>` to put them before.
 */
export function asyncModuleScripts(bytes: Buffer, page: string): Buffer {
  const kept: Buffer[] = [];
  const tags: string[] = [];
  let from = 0;
  for (let at = bytes.indexOf(MODULE_TAG); at >= 0; at = bytes.indexOf(MODULE_TAG, from)) {
    const end = bytes.indexOf(END, at);
    if (end < 0) break;
    kept.push(bytes.subarray(from, at));
    tags.push(ASYNC_TAG + bytes.toString('utf8', at + MODULE_TAG.length, end + END.length));
    from = end + END.length;
  }
  if (tags.length === 0) return bytes;
  kept.push(bytes.subarray(from));
  const rest = Buffer.concat(kept);
  const bodyEnd = rest.lastIndexOf(BODY_END);
  if (bodyEnd < 0) throw new Error(`${page}: found ${tags.length} module script(s) but no </body> to move them before; expected a page built by Base.astro`);
  return Buffer.concat([rest.subarray(0, bodyEnd), Buffer.from(tags.join(''), 'utf8'), rest.subarray(bodyEnd)]);
}

