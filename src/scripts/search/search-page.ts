// The /search/ page: reads the query and filters from the URL, runs the exact engine, renders
// results and filters, and keeps the URL in step so every state is a deep link.
import { FACETS, type Filters } from '../../lib/search/collect-hits.ts';
import { SearchEngine } from '../../lib/search/engine.ts';
import { FILE_SITE, siteRoot } from '../site-mode.ts';
import { fetchSource } from './fetch-source.ts';
import { renderFilters } from './render-filters.ts';
import { prepare, type Batch } from './prepare.ts';
import { PreparedCache } from './prepared-cache.ts';
import { el } from './render-hit.ts';
import { scriptSource } from './script-source.ts';

const app = document.getElementById('search-app')!;
const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('q') as HTMLInputElement;
const status = document.getElementById('search-status')!;
const results = document.getElementById('search-results')!;
const filterBox = document.getElementById('search-filters')!;
const moreSlot = document.getElementById('search-more')!;

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

/** A result batch's items, and below the list a button for the rest (outside the <ol>: a list holds only its items). */
function showBatch(batch: Batch, more: () => Promise<Batch>, mine: number): void {
  results.append(...batch.items);
  if (batch.left === 0) { moreSlot.replaceChildren(); return; }
  const button = el('button', 'more-pages', `显示更多页面（还有 ${batch.left} 个）`);
  button.type = 'button';
  button.addEventListener('click', async () => {
    button.disabled = true;
    const next = await more();
    if (mine !== current) return;
    showBatch(next, more, mine);
    (next.items[0]?.querySelector('a') as HTMLElement | null)?.focus();
  });
  moreSlot.replaceChildren(button);
}

/** Empties the result list, the button below it and the filters, for the new state to go in; the list is no longer busy. */
function clear(): void {
  results.replaceChildren();
  results.removeAttribute('aria-busy');
  moreSlot.replaceChildren();
  filterBox.replaceChildren();
}

async function run(q: string, filters: Filters): Promise<void> {
  const mine = ++current;
  app.dataset.searchState = 'loading';
  results.setAttribute('aria-busy', 'true');
  input.value = q;
  // The previous results stay (marked busy) until the new ones replace them in one go: emptying
  // the list first cost a frame of its own, the emptied page's layout and paint (~15 ms on these
  // cores), on the way to the new results.
  if (q.trim() === '') { clear(); status.textContent = '输入要查找的文字，例如：川渝通办、一照多址、告知承诺制。'; app.dataset.searchState = 'done'; return; }
  try {
    const engine = await enginePromise;
    // Usually ready by now: prepared while the query was typed (see the input listener below).
    const { result: r, first, next } = await prepared.take(q, filters);
    if (mine !== current) return;
    const short = r.query.tooShort.length ? `（已忽略少于两个字的词：${r.query.tooShort.join('、')}）` : '';
    // Status, filters and the first results go in together: one layout of the page, not one
    // before the hits' texts arrive and another after (each costs tens of ms on a slow machine).
    status.textContent = r.query.folded.length === 0 ? `请输入至少两个字。${short}` : r.total === 0 ? `没有找到“${r.query.terms.join(' ')}”。${short}` : `“${r.query.terms.join(' ')}”：${r.pages.length} 个页面，共 ${r.total} 处。${short}`;
    const order = new Map(engine.manifest.valueOrder.map((v, i) => [v, i]));
    clear();
    filterBox.append(renderFilters(r.counts, filters, names(engine), order, (f) => { toUrl(q, f, false); void run(q, f); }));
    showBatch(first, next, mine);
    app.dataset.resultCount = String(r.total);
    app.dataset.searchState = 'done';
  } catch (e) {
    if (mine !== current) return;
    clear();
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
/** Indicator names by id, made once per engine. */
const nameMaps = new WeakMap<SearchEngine, Map<string, string>>();
function names(engine: SearchEngine): Map<string, string> {
  let m = nameMaps.get(engine);
  if (!m) nameMaps.set(engine, (m = new Map(engine.manifest.indicators.map((x) => [x.id, x.name]))));
  return m;
}
const prepared = new PreparedCache(async (q: string, filters: Filters) => {
  const engine = await enginePromise;
  return prepare(engine, q, filters, names(engine));
});
// While the query is typed its shards and first hits' texts load and its results are rendered
// off-screen, so Enter only puts them in. An IME's composing text is not the query yet.
const ahead = () => { const q = input.value.trim(); if (q !== '') prepared.ahead(q, fromUrl().filters); };
input.addEventListener('input', (e) => { if (!(e as InputEvent).isComposing) ahead(); });
input.addEventListener('compositionend', ahead);
void run(initial.q, initial.filters);
