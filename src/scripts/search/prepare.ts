// A query's results made ready off-screen: search run, the first result pages' texts fetched and
// their list items built (detached, so no layout). The search page starts this while the query is
// still being typed, so pressing Enter only has to put the items in (see search-page.ts).
import type { Filters } from '../../lib/search/collect-hits.ts';
import type { SearchEngine, SearchResult } from '../../lib/search/engine.ts';
import { firstUnitIds, renderPage } from './render-page.ts';

/** Result pages shown at first, as many as Pagefind's default UI: each costs a fetch or two of unit texts. */
export const PAGES_AT_ONCE = 5;

/** Some result pages rendered, and how many are left after them. */
export interface Batch {
  items: HTMLLIElement[];
  left: number;
}

/** A query ready to show: its result, its first batch, and how to render the following ones. */
export interface Prepared {
  result: SearchResult;
  first: Batch;
  /** Fetches and renders the next PAGES_AT_ONCE result pages. */
  next: () => Promise<Batch>;
}

/** Runs `q` with `filters` and renders its first result pages, without touching the document. */
export async function prepare(engine: SearchEngine, q: string, filters: Filters, names: Map<string, string>): Promise<Prepared> {
  const result = await engine.search(q, filters);
  let shown = 0;
  const next = async (): Promise<Batch> => {
    const batch = result.pages.slice(shown, shown + PAGES_AT_ONCE);
    shown += batch.length;
    const units = await engine.units(firstUnitIds(batch));
    return { items: batch.map((p) => renderPage(engine, p, units, result.query.folded, q, names)), left: result.pages.length - shown };
  };
  return { result, first: await next(), next };
}
