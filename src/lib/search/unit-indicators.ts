import type { IndexManifest } from './index-format.ts';

const starts = new WeakMap<IndexManifest, Uint32Array>();
const NONE: readonly string[] = Object.freeze([]);

/**
 * Where each unit's letters start in the manifest's compact string (see IndexManifest): one pass
 * over char codes, no array per unit. At 500 plans the string holds 300 000 units, and a query
 * needs the indicators of a few hundred of them.
 */
function unitStarts(m: IndexManifest): Uint32Array {
  let at = starts.get(m);
  if (at) return at;
  const s = m.unitIndicators;
  let n = 0;
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c === 46 || (c >= 65 && c <= 90)) n++; }
  at = new Uint32Array(n + 1);
  let k = 0;
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c === 46 || (c >= 65 && c <= 90)) at[k++] = i; }
  at[n] = s.length;
  starts.set(m, at);
  return at;
}

/** Indicator ids of a unit, read from the manifest's compact string ("." none, "Ab" = indicators[0] then [1]). */
export function unitIndicators(m: IndexManifest, unit: number): readonly string[] {
  const at = unitStarts(m);
  if (unit < 0 || unit >= at.length - 1) return NONE;
  const s = m.unitIndicators;
  const from = at[unit]!;
  const first = s.charCodeAt(from);
  if (first === 46) return NONE;
  const out = [m.indicators[first - 65]!.id];
  for (let i = from + 1; i < at[unit + 1]!; i++) out.push(m.indicators[s.charCodeAt(i) - 97]!.id);
  return out;
}
