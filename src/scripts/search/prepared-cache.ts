// Which query the search page has prepared ahead of time (prepare.ts): the latest one only, each
// handed over once. Kept apart from the DOM code so it can be tested on its own.
import type { Filters } from '../../lib/search/collect-hits.ts';

/** The key under which a prepared query is kept: the same text and filters give the same results. */
export const preparedKey = (q: string, filters: Filters): string => JSON.stringify([q, filters]);

/**
 * Keeps the latest query prepared ahead of time. `take` hands it over once (its items then
 * belong to the page) or starts it when the text or filters differ; `ahead` starts it
 * without taking it, for text still being typed.
 */
export class PreparedCache<T> {
  private latest: { key: string; promise: Promise<T> } | null = null;
  private readonly start: (q: string, filters: Filters) => Promise<T>;

  constructor(start: (q: string, filters: Filters) => Promise<T>) {
    this.start = start;
  }

  /** Starts preparing `q` unless it already is; a failure here is reported when the query is taken. */
  ahead(q: string, filters: Filters): void {
    const key = preparedKey(q, filters);
    if (this.latest?.key === key) return;
    const promise = this.start(q, filters);
    // Nobody may ever take it (the user typed on): its rejection must not go unhandled.
    promise.catch(() => undefined);
    this.latest = { key, promise };
  }

  /** The prepared query for `q` and `filters`, started now if it was not ahead; a second take starts afresh. */
  take(q: string, filters: Filters): Promise<T> {
    this.ahead(q, filters);
    const { promise } = this.latest!;
    this.latest = null;
    return promise;
  }
}
