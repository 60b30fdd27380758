import { UNIT_MARK_EVERY, type IndexManifest } from './index-format.ts';

const blocks = new WeakMap<IndexManifest, Map<number, Uint32Array>>();
const NONE: readonly string[] = Object.freeze([]);

/** Whether a char code starts a unit's letters: "." (none) or an upper-case first indicator. */
const startsUnit = (c: number) => c === 46 || (c >= 65 && c <= 90);

/**
 * Where each unit of block `b` (units b·UNIT_MARK_EVERY …) starts in the manifest's compact
 * string, and where the block ends, from the block's mark.
 */
function blockStarts(m: IndexManifest, b: number): Uint32Array {
  let cache = blocks.get(m);
  if (!cache) blocks.set(m, (cache = new Map()));
  let at = cache.get(b);
  if (at) return at;
  const s = m.unitIndicators;
  const from = m.unitMarks[b] ?? s.length;
  const to = m.unitMarks[b + 1] ?? s.length;
  // One pass: a block holds at most UNIT_MARK_EVERY units.
  const all = new Uint32Array(UNIT_MARK_EVERY + 1);
  let n = 0;
  for (let i = from; i < to; i++) if (startsUnit(s.charCodeAt(i))) all[n++] = i;
  all[n] = to;
  at = all.subarray(0, n + 1);
  cache.set(b, at);
  return at;
}

/** Indicator ids of a unit, read from the manifest's compact string ("." none, "Ab" = indicators[0] then [1]). */
export function unitIndicators(m: IndexManifest, unit: number): readonly string[] {
  if (unit < 0) return NONE;
  const at = blockStarts(m, Math.floor(unit / UNIT_MARK_EVERY));
  const k = unit % UNIT_MARK_EVERY;
  if (k >= at.length - 1) return NONE;
  const s = m.unitIndicators;
  const from = at[k]!;
  const first = s.charCodeAt(from);
  if (first === 46) return NONE;
  const out = [m.indicators[first - 65]!.id];
  for (let i = from + 1; i < at[k + 1]!; i++) out.push(m.indicators[s.charCodeAt(i) - 97]!.id);
  return out;
}

/** The marks of an encoded string (IndexManifest.unitMarks): where every UNIT_MARK_EVERY-th unit starts. */
export function unitMarks(encoded: string): number[] {
  const marks: number[] = [];
  let unit = 0;
  for (let i = 0; i < encoded.length; i++) {
    if (!startsUnit(encoded.charCodeAt(i))) continue;
    if (unit % UNIT_MARK_EVERY === 0) marks.push(i);
    unit++;
  }
  return marks;
}
