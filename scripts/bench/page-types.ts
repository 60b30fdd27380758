/**
 * Which page of a built site stands for each page type: home, a plan without tables, a plan
 * with an appendix table, and every other top-level section the site has (search, indicators …)
 * with its first sub-page, so new page types are weighed as soon as they exist.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** A page type and the path of the page measured for it. */
export interface PageType {
  type: string;
  path: string;
}

/** Folders that hold assets or data, not page types. */
const NOT_PAGES = new Set(['plans', 'data', 'pagefind', '_astro', 'sources', 'downloads']);

/** Page types of our site in `dist`, plan kinds told apart by the generated models in `generated`. */
export function ourPageTypes(dist: string, generated: string): PageType[] {
  const types: PageType[] = [{ type: 'home', path: '/' }];
  const modelDir = resolve(generated, 'model');
  const models = readdirSync(modelDir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => JSON.parse(readFileSync(resolve(modelDir, f), 'utf8')) as { slug: string; blocks: { type: string }[] });
  const text = models.find((m) => !m.blocks.some((b) => b.type === 'table'));
  const table = models.find((m) => m.blocks.some((b) => b.type === 'table'));
  if (text) types.push({ type: 'plan (text)', path: `/plans/${text.slug}/` });
  if (table) types.push({ type: 'plan (table)', path: `/plans/${table.slug}/` });
  for (const e of readdirSync(dist, { withFileTypes: true }).filter((d) => d.isDirectory() && !NOT_PAGES.has(d.name)).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const dir = resolve(dist, e.name);
    if (existsSync(resolve(dir, 'index.html'))) types.push({ type: e.name, path: `/${e.name}/` });
    const sub = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(resolve(dir, d.name, 'index.html'))).map((d) => d.name).sort()[0];
    if (sub) types.push({ type: `${e.name} (one)`, path: `/${e.name}/${sub}/` });
  }
  return types;
}
