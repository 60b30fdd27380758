import type { PageHits } from '../../lib/search/collect-hits.ts';
import type { SearchEngine } from '../../lib/search/engine.ts';
import type { IndexUnit } from '../../lib/search/index-format.ts';
import { el, renderHit } from './render-hit.ts';
import { valueName } from './labels.ts';
import { siteHref } from '../site-mode.ts';

/** Hits shown per page before "显示全部". */
const FIRST_HITS = 3;

/** The units of the hits renderPage shows at first, for every page of a batch: fetch them all at once, then render. */
export function firstUnitIds(pages: PageHits[]): number[] {
  return pages.flatMap((p) => p.hits.slice(0, FIRST_HITS).map((h) => h.unit));
}

/**
 * One result page: title, facets, its first hits (their units already loaded, see firstUnitIds),
 * a button that fetches and shows the rest.
 */
export function renderPage(engine: SearchEngine, result: PageHits, first: Map<number, IndexUnit>, terms: string[], q: string, names: Map<string, string>): HTMLLIElement {
  const { page, hits } = result;
  const li = el('li', 'result');
  const h = el('h3');
  const a = el('a', undefined, page.title);
  a.href = siteHref(`${page.url}?hl=${encodeURIComponent(q)}`);
  h.append(a, ' ', el('span', `badge kind-${page.kind}`, valueName('kind', page.kind, names)));
  li.append(h);
  const f = page.facets;
  const meta = [f.province, f.region !== f.province ? f.region : undefined, f.level && valueName('level', f.level, names), f.year && `${f.year}年`].filter(Boolean);
  li.append(el('p', 'result-meta', `${meta.join(' · ')}${meta.length ? ' · ' : ''}${hits.length} 处`));
  const list = el('ol', 'hits');
  li.append(list);
  const show = (from: number, to: number, units: Map<number, IndexUnit>) => {
    for (const hit of hits.slice(from, to)) list.append(renderHit(page, hit.source, units.get(hit.unit)!, terms, q));
  };
  show(0, FIRST_HITS, first);
  if (hits.length > FIRST_HITS) {
    const more = el('button', 'more', `显示其余 ${hits.length - FIRST_HITS} 处`);
    more.type = 'button';
    more.addEventListener('click', async () => {
      more.disabled = true;
      show(FIRST_HITS, hits.length, await engine.units(hits.slice(FIRST_HITS).map((x) => x.unit)));
      more.remove();
      (list.children[FIRST_HITS]?.querySelector('a') as HTMLElement | null)?.focus();
    });
    li.append(more);
  }
  return li;
}
