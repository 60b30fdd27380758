/**
 * Link checker over a built site: every internal href/src/action resolves to a file, every
 * #anchor to an element id, and nothing points to another origin.
 *
 *   node scripts/check-links.ts [site folder = dist]
 *
 * Prints each broken reference as `page -> href (reason)` and exits 1 if there is any.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { checkLinks } from './lib/check/check-links.ts';

/** Every file of a site folder as path → text; only .html and .css are read, the rest only listed. */
export function readSite(dir: string): Map<string, string> {
  const site = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = resolve(entry.parentPath, entry.name);
    const path = relative(dir, full).split(sep).join('/');
    site.set(path, /\.(html|css)$/.test(path) ? readFileSync(full, 'utf8') : '');
  }
  return site;
}

if (import.meta.main) {
  const dir = resolve(process.argv[2] ?? 'dist');
  const site = readSite(dir);
  if (![...site.keys()].some((p) => p.endsWith('.html'))) {
    console.error(`check-links: ${dir} holds no HTML page; build the site first (npm run build)`);
    process.exit(1);
  }
  const broken = checkLinks(site);
  for (const b of broken) console.log(`${b.page} -> ${b.href} (${b.reason})`);
  const pages = [...site.keys()].filter((p) => p.endsWith('.html')).length;
  console.log(broken.length === 0 ? `check-links: ${pages} pages, no broken link` : `check-links: ${broken.length} broken link(s) in ${dir}`);
  process.exit(broken.length === 0 ? 0 : 1);
}
