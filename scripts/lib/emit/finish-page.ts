import { asyncModuleScripts } from './async-scripts.ts';
import { addModulePreloads } from './module-preloads.ts';
import { externalStyles, type StyleFile } from './external-styles.ts';
import { addStyleHashes } from './style-hashes.ts';

/**
 * One built page finished after the Astro build: its head's inline styles moved to a shared
 * stylesheet (external-styles.ts) unless `keepStyles`, the CSP hashes of styles left inline and, for a page
 * loading a module script with imports, modulepreload links; its module scripts moved to the end
 * of the body, async (async-scripts.ts). The first two go into the head, and Astro
 * writes styles into the head and module scripts into the body; so only the head is decoded
 * and re-encoded, the body is found as bytes (decoding and re-encoding every page whole was
 * most of this pass at 500 plans: 450 MB of mostly Chinese HTML). A page with a <style> after
 * its head, or none, is done whole, the same way.
 */

const MODULE_TAG = Buffer.from('<script type="module" src="/');
const HEAD_END = Buffer.from('</head>');

/** The module script tags of `bytes` from byte `from` on, as text ("<script type=\"module\" src=\"/_astro/x.js\"></script>"). */
function moduleTags(bytes: Buffer, from: number): string[] {
  const tags: string[] = [];
  for (let at = bytes.indexOf(MODULE_TAG, from); at >= 0; at = bytes.indexOf(MODULE_TAG, at + 1)) {
    const end = bytes.indexOf('</script>', at);
    if (end < 0) break;
    tags.push(bytes.toString('utf8', at, end + 9));
  }
  return tags;
}

/** What finishPage gives: the page's bytes (`bytes` itself when nothing changes), the module scripts it loads ("_astro/x.js") and the stylesheet its styles moved to. */
export interface FinishedPage {
  bytes: Buffer;
  scripts: string[];
  style: StyleFile | null;
}

/** The finished page; `keepStyles` leaves its styles inline. */
export function finishPage(bytes: Buffer, page: string, depsOf: (entry: string) => string[], keepStyles = false): FinishedPage {
  const moveStyles = (head: string) => (keepStyles ? { head, file: null } : externalStyles(head));
  const headEnd = bytes.indexOf(HEAD_END);
  if (headEnd < 0 || bytes.indexOf('<style', headEnd) >= 0) {
    const html = bytes.toString('utf8');
    const moved = moveStyles(html);
    const done = addStyleHashes(addModulePreloads(moved.head, depsOf), page);
    const scripts = [...html.matchAll(/<script type="module" src="\/([^"]+)"><\/script>/g)].map((m) => m[1]!);
    return { bytes: asyncModuleScripts(done === html ? bytes : Buffer.from(done, 'utf8'), page), scripts, style: moved.file };
  }
  const head = bytes.toString('utf8', 0, headEnd);
  const tags = moduleTags(bytes, 0);
  // The preloads are placed before </head>; the tags after it only say which scripts the page loads.
  const tagText = tags.join('');
  const moved = moveStyles(head);
  const withTags = addModulePreloads(`${moved.head}</head>${tagText}`, depsOf);
  const done = addStyleHashes(withTags.slice(0, withTags.length - tagText.length - HEAD_END.length), page);
  const scripts = tags.map((t) => /src="\/([^"]+)"/.exec(t)![1]!);
  const body = asyncModuleScripts(bytes.subarray(headEnd), page);
  return { bytes: done === head && tags.length === 0 ? bytes : Buffer.concat([Buffer.from(done, 'utf8'), body]), scripts, style: moved.file };
}
