import type { IndexManifest } from './index-format.ts';

const decoded = new WeakMap<IndexManifest, string[][]>();

/** Indicator ids of a unit, decoded once per manifest from its compact string (see IndexManifest). */
export function unitIndicators(m: IndexManifest, unit: number): string[] {
  let all = decoded.get(m);
  if (!all) {
    all = [];
    for (const ch of m.unitIndicators) {
      if (ch === '.') all.push([]);
      else if (ch >= 'A' && ch <= 'Z') all.push([m.indicators[ch.charCodeAt(0) - 65]!.id]);
      else all[all.length - 1]!.push(m.indicators[ch.charCodeAt(0) - 97]!.id);
    }
    decoded.set(m, all);
  }
  return all[unit] ?? [];
}
