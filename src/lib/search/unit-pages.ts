import type { IndexManifest, IndexPage } from './index-format.ts';

interface Lookup {
  /** Pages sorted by first unit: their ranges tile the unit ids. */
  byStart: IndexPage[];
  /** Comparison pages per indicator id. */
  byIndicator: Map<string, IndexPage[]>;
}

const cache = new WeakMap<IndexManifest, Lookup>();

function lookup(m: IndexManifest): Lookup {
  let l = cache.get(m);
  if (l) return l;
  const byIndicator = new Map<string, IndexPage[]>();
  for (const p of m.pages) if (p.kind === 'indicator' && p.indicator) byIndicator.set(p.indicator, [...(byIndicator.get(p.indicator) ?? []), p]);
  l = { byStart: m.pages.filter((p) => p.end > p.start).sort((a, b) => a.start - b.start), byIndicator };
  cache.set(m, l);
  return l;
}

/** The page whose own range holds `unit` (binary search), or undefined past the last. */
function ownPage(l: Lookup, unit: number): IndexPage | undefined {
  let lo = 0;
  let hi = l.byStart.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = l.byStart[mid]!;
    if (unit < p.start) hi = mid - 1;
    else if (unit >= p.end) lo = mid + 1;
    else return p;
  }
  return undefined;
}

const NONE: readonly IndexPage[] = Object.freeze([]);

/**
 * The page whose own units hold `unit` (undefined past the last page). A plan's unit is also shown
 * on the comparison page of each of its indicators (comparisonPages), which repeats every measure
 * classified under it: a hit on a measure lands on the comparison where it stands, without its
 * text being indexed twice. Found from the unit, so a query costs what it matches, not what the
 * corpus holds.
 */
export function unitOwnPage(m: IndexManifest, unit: number): IndexPage | undefined {
  return ownPage(lookup(m), unit);
}

/** The comparison pages of an indicator: those that repeat a plan unit classified under it. */
export function comparisonPages(m: IndexManifest, indicator: string): readonly IndexPage[] {
  return lookup(m).byIndicator.get(indicator) ?? NONE;
}
