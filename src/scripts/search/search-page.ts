// The /search/ page: reads the query and filters from the URL, runs the exact engine, renders
// results and filters, and keeps the URL in step so every state is a deep link.
import { FACETS, type Filters } from '../../lib/search/collect-hits.ts';
import { SearchEngine } from '../../lib/search/engine.ts';
import { FILE_SITE, siteRoot } from '../site-mode.ts';
import { fetchSource } from './fetch-source.ts';
import { renderFilters } from './render-filters.ts';
import { firstUnitIds, renderPage } from './render-page.ts';
import { el } from './render-hit.ts';
import { scriptSource } from './script-source.ts';

const app = document.getElementById('search-app')!;
const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('q') as HTMLInputElement;
const status = document.getElementById('search-status')!;
const results = document.getElementById('search-results')!;
const filterBox = document.getElementById('search-filters')!;
const moreSlot = document.getElementById('search-more')!;
/** Result pages shown at first, as many as Pagefind's default UI: each costs a fetch or two of unit texts. */
const PAGES_AT_ONCE = 5;

/** Query and filters from the URL. */
function fromUrl(): { q: string; filters: Filters } {
  const params = new URLSearchParams(location.search);
  const filters: Filters = {};
  for (const f of FACETS) { const v = params.getAll(f); if (v.length) filters[f] = v; }
  return { q: params.get('q') ?? '', filters };
}

/** Writes query and filters into the URL (a new history entry when the query changes). */
function toUrl(q: string, filters: Filters, push: boolean): void {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const f of FACETS) for (const v of filters[f] ?? []) params.append(f, v);
  const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
  if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
}

/** The latest run: a query still loading when another is submitted must not show its results. */
let current = 0;

async function run(q: string, filters: Filters): Promise<void> {
  const mine = ++current;
  app.dataset.searchState = 'loading';
  input.value = q;
  results.replaceChildren();
  moreSlot.replaceChildren();
  filterBox.replaceChildren();
  if (q.trim() === '') { status.textContent = '输入要查找的文字，例如：川渝通办、一照多址、告知承诺制。'; app.dataset.searchState = 'done'; return; }
  try {
    const engine = await enginePromise;
    const names = new Map(engine.manifest.indicators.map((x) => [x.id, x.name]));
    const order = new Map(engine.manifest.valueOrder.map((v, i) => [v, i]));
    const r = await engine.search(q, filters);
    const short = r.query.tooShort.length ? `（已忽略少于两个字的词：${r.query.tooShort.join('、')}）` : '';
    let shown = 0;
    /** The next result pages (their hits' texts fetched), and in the slot below the list a button for the rest. */
    const nextBatch = async (): Promise<{ items: HTMLLIElement[]; more: HTMLButtonElement[] }> => {
      const batch = r.pages.slice(shown, shown + PAGES_AT_ONCE);
      shown += batch.length;
      const units = await engine.units(firstUnitIds(batch));
      const items = batch.map((p) => renderPage(engine, p, units, r.query.folded, q, names));
      if (shown >= r.pages.length) return { items, more: [] };
      // Outside the <ol>: a list holds only its items.
      const more = el('button', 'more-pages', `显示更多页面（还有 ${r.pages.length - shown} 个）`);
      more.type = 'button';
      more.addEventListener('click', async () => {
        more.disabled = true;
        const next = await nextBatch();
        if (mine !== current) return;
        results.append(...next.items);
        moreSlot.replaceChildren(...next.more);
        (next.items[0]?.querySelector('a') as HTMLElement | null)?.focus();
      });
      return { items, more: [more] };
    };
    // Status, filters and the first results go in together: one layout of the page, not one
    // before the hits' texts arrive and another after (each costs tens of ms on a slow machine).
    const first = await nextBatch();
    if (mine !== current) return;
    status.textContent = r.query.folded.length === 0 ? `请输入至少两个字。${short}` : r.total === 0 ? `没有找到“${r.query.terms.join(' ')}”。${short}` : `“${r.query.terms.join(' ')}”：${r.pages.length} 个页面，共 ${r.total} 处。${short}`;
    filterBox.append(renderFilters(r.counts, filters, names, order, (next) => { toUrl(q, next, false); void run(q, next); }));
    results.append(...first.items);
    moreSlot.replaceChildren(...first.more);
    app.dataset.resultCount = String(r.total);
    app.dataset.searchState = 'done';
  } catch (e) {
    if (mine !== current) return;
    status.textContent = `搜索出错：${(e as Error).message}`;
    app.dataset.searchState = 'error';
  }
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  const { filters } = fromUrl();
  toUrl(input.value.trim(), filters, true);
  void run(input.value.trim(), filters);
});
addEventListener('popstate', () => { const s = fromUrl(); void run(s.q, s.filters); });
const initial = fromUrl();
// The offline copy opened from disk cannot fetch() its files: there the index comes as data scripts.
const source = FILE_SITE ? scriptSource(siteRoot()) : fetchSource(location.origin + '/');
// The URL's query's shards are already on their way: the page's head script preloads them (early-shards.ts).
const enginePromise = SearchEngine.load(source);
void run(initial.q, initial.filters);
