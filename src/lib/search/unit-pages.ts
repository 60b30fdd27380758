import type { IndexManifest, IndexPage } from './index-format.ts';
import { unitIndicators } from './unit-indicators.ts';

/** A page a unit is shown on, and the plan page it comes from (for facets and links). */
export interface UnitPlace {
  page: IndexPage;
  /** The plan page the unit belongs to; the page itself for its own units. */
  source: IndexPage;
}

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

/**
 * Where a unit is shown: its own page, and — for a plan's unit — the comparison page of each of
 * its indicators, which repeats every measure classified under it. A hit on a measure thus also
 * lands on the comparison where it stands, without its text being indexed twice. Found from the
 * unit, so a query costs what it matches, not what the corpus holds.
 */
export function unitPages(m: IndexManifest, unit: number): UnitPlace[] {
  const l = lookup(m);
  const own = ownPage(l, unit);
  if (!own) return [];
  const out: UnitPlace[] = [{ page: own, source: own }];
  if (own.kind === 'plan') for (const id of unitIndicators(m, unit)) for (const page of l.byIndicator.get(id) ?? []) out.push({ page, source: own });
  return out;
}
