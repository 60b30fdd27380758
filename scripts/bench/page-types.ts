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

/** What page-type picking reads of a generated plan model. */
interface PlanModel {
  slug: string;
  blocks: { type: string }[];
}

/**
 * The page types issue 13 budgets (DOMContentLoaded ≤ 1.5× the baseline plan page's), as the
 * type names ourPageTypes gives them (any of `types` stands for the label). Every other measured type (a plan with tables, about …) is
 * held to the same limit; a type of this list the site lacks fails the budget, it is not skipped.
 */
export const BUDGETED_PAGE_TYPES: readonly { label: string; types: readonly string[] }[] = [
  { label: 'home', types: ['home'] }, // "/"
  { label: 'plan', types: ['plan (text)', 'plan (table)'] }, // "/plans/chengdu-2022/", either kind
  { label: 'indicator', types: ['indicators (one)'] }, // "/indicators/kaiban/"
  { label: '/indicators/', types: ['indicators'] },
  { label: '/deadlines/', types: ['deadlines'] },
  { label: '/leads/', types: ['leads'] },
  { label: 'search', types: ['search'] }, // "/search/"
  { label: 'compare', types: ['compare'] }, // "/compare/"
];

/** Folders that hold assets or data, not page types. */
const NOT_PAGES = new Set(['plans', 'data', 'pagefind', '_astro', 'sources', 'downloads']);

/** Page types of our site in `dist`, plan kinds told apart by the generated models in `generated`. */
export function ourPageTypes(dist: string, generated: string): PageType[] {
  const types: PageType[] = [{ type: 'home', path: '/' }];
  const modelDir = resolve(generated, 'model');
  // Models are read one at a time until both kinds are found: at 3,000 plans they are gigabytes.
  let text: PlanModel | undefined;
  let table: PlanModel | undefined;
  for (const f of readdirSync(modelDir).filter((n) => n.endsWith('.json')).sort()) {
    const m = JSON.parse(readFileSync(resolve(modelDir, f), 'utf8')) as PlanModel;
    if (m.blocks.some((b) => b.type === 'table')) table ??= m;
    else text ??= m;
    if (text && table) break;
  }
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
