/**
 * The plan filter of the indicator pages as URL query: `?plan=a,b&level=city&year=2021`. A facet
 * left out means "all"; so does a facet whose every value is chosen, which keeps shared links
 * short and lets a link made before a new plan was added still show that plan. Pure: the client
 * script and the tests share it.
 */

/** The facets a plan column is filtered by. */
export const FACETS = ['plan', 'level', 'year'] as const;
/** One facet. */
export type Facet = (typeof FACETS)[number];
/** Values per facet (plan slug, level id or "unknown", year or "unknown"). */
export type FacetValues = Record<Facet, string[]>;

/** The chosen values per facet from a query string; null where the query does not narrow. */
export function parseFilter(search: string, all: FacetValues): Record<Facet, string[] | null> {
  const params = new URLSearchParams(search);
  const out = { plan: null, level: null, year: null } as Record<Facet, string[] | null>;
  for (const facet of FACETS) {
    const raw = params.get(facet);
    if (raw === null) continue;
    // Unknown values (a plan since removed) are dropped rather than hiding everything.
    out[facet] = raw.split(',').filter((v) => all[facet].includes(v));
  }
  return out;
}

/** The query string for a choice ("" when nothing is narrowed), values in the order of `all`. */
export function filterQuery(chosen: FacetValues, all: FacetValues): string {
  const params: string[] = [];
  for (const facet of FACETS) {
    const picked = all[facet].filter((v) => chosen[facet].includes(v));
    if (picked.length < all[facet].length) params.push(`${facet}=${picked.map(encodeURIComponent).join(',')}`);
  }
  return params.length > 0 ? `?${params.join('&')}` : '';
}

/** Whether a plan with these facet values is shown under the choice. */
export const isShown = (plan: Record<Facet, string>, chosen: FacetValues): boolean =>
  FACETS.every((f) => chosen[f].includes(plan[f]));
