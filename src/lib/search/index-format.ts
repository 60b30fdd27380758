/**
 * The exact search index, written by scripts/lib/search and read in the browser.
 *
 *   /search/manifest.json   pages, their facets and unit ranges, indicators of every unit
 *   /search/s/<n>.bin       gzip; for each bigram in shard n: its positions in every unit
 *   /search/u/<n>.json.gz   gzip; units n·chunk … (n+1)·chunk − 1: text, label, path, leads, deadline
 *
 * A unit is the smallest thing a hit points to: a measure, a heading with its paragraphs, the
 * notice, a table row. Positions are offsets in the unit's folded text (see normalize.ts), so
 * a phrase matches where the bigrams that cover it sit at its start plus their offsets (coverGrams)
 * — exact, with nothing to re-check.
 */

/** A page of the site that search can land on. */
export interface IndexPage {
  /** URL path of the page ("/plans/ziyang-2021/"). */
  url: string;
  /** Page title shown in results. */
  title: string;
  /** plan = a plan's full text; indicator = an indicator comparison page. */
  kind: 'plan' | 'indicator';
  /** Facet values of the page (地区, 省份, 层级, 年度), empty for indicator pages. */
  facets: Record<string, string>;
  /** For a comparison page, its indicator id: the page also shows every measure classified under it. */
  indicator?: string;
  /** First unit id of the page; its units are start … end − 1. */
  start: number;
  end: number;
}

/** manifest.json. */
export interface IndexManifest {
  /** Build id: changes when any indexed text changes. */
  build: string;
  /** Number of bigram shards (s/0.bin … s/<shards − 1>.bin). */
  shards: number;
  /** Units per unit file (u/<n>.json.gz). */
  chunk: number;
  pages: IndexPage[];
  /** Indicator ids, the bit order of `unitIndicators`. */
  indicators: { id: string; name: string }[];
  /** Per unit the indicators it concerns: first one upper-case (A = indicators[0]), others lower-case, "." for none. */
  unitIndicators: string;
  /**
   * Where unit k·UNIT_MARK_EVERY's letters start in `unitIndicators`, for every k: a unit's
   * indicators are then read from its block alone. Finding them by scanning the string from its
   * start cost a cold query 10 ms at 500 plans and grows with the corpus.
   */
  unitMarks: number[];
  /**
   * Every facet value (kinds, facet values of the pages, indicator ids) in zh-CN collation order:
   * the filter panel's tie-break. Sorted at build time because creating a zh collator costs a
   * browser 10–40 ms on the way to a query's first results.
   */
  valueOrder: string[];
}

/** Units between two of IndexManifest.unitMarks. */
export const UNIT_MARK_EVERY = 256;

/** One unit in u/<n>.json.gz. */
export interface IndexUnit {
  /** Fragment id on its page, or '' for the top of the page. */
  a: string;
  /** Label shown in results ("措施 12", "（一）开办企业"). */
  l: string;
  /** Headings above it. */
  p: string[];
  /** The text, as on the page. */
  t: string;
  /** Lead units. */
  s: string[];
  /** Deadline as written and ISO date, or null. */
  d: { raw: string; date: string | null } | null;
}
