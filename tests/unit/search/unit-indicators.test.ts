import { describe, expect, it } from 'vitest';
import { encodeUnitIndicators } from '../../../scripts/lib/search/build-search-index.ts';
import { UNIT_MARK_EVERY, type IndexManifest } from '../../../src/lib/search/index-format.ts';
import { unitIndicators, unitMarks } from '../../../src/lib/search/unit-indicators.ts';

const ids = ['tax', 'power', 'water', 'land'];
/** Units with none, one or several indicators, in a pattern that does not repeat with the block size. */
const units = Array.from({ length: UNIT_MARK_EVERY * 2 + 37 }, (_, u) => ({ indicators: u % 7 === 0 ? [] : ids.filter((_, i) => (u * (i + 3)) % 5 < 2) }));
const encoded = encodeUnitIndicators(units, ids);
const manifest = { indicators: ids.map((id) => ({ id, name: id })), unitIndicators: encoded, unitMarks: unitMarks(encoded) } as unknown as IndexManifest;

describe('unit indicators', () => {
  it('marks where every UNIT_MARK_EVERY-th unit starts', () => {
    expect(manifest.unitMarks).toHaveLength(3);
    expect(manifest.unitMarks[0]).toBe(0);
    for (const mark of manifest.unitMarks) expect(encoded[mark]).toMatch(/[.A-Z]/);
    expect(unitMarks('')).toEqual([]);
  });

  it('reads each unit\'s indicators from its block, the same as the units it was encoded from', () => {
    // Read out of order, so that a block is met first at its end as well as at its start.
    const order = units.map((_, u) => u).reverse();
    for (const u of order) expect(unitIndicators(manifest, u), `unit ${u}`).toEqual(units[u]!.indicators);
  });

  it('gives no indicator past the last unit or before the first', () => {
    expect(unitIndicators(manifest, units.length)).toEqual([]);
    expect(unitIndicators(manifest, units.length + UNIT_MARK_EVERY * 3)).toEqual([]);
    expect(unitIndicators(manifest, -1)).toEqual([]);
  });
});
