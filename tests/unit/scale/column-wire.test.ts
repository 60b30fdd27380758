import { describe, expect, it } from 'vitest';
import { planItems } from '../../../src/lib/compare/plan-items.ts';
import { INDICATORS } from '../../../src/lib/compare/taxonomy.ts';
import { ITEM_FIELDS, compactColumn, expandColumn } from '../../../src/lib/scale/column-wire.ts';
import { columnRecord } from '../../../src/lib/scale/item-record.ts';
import { PLANS } from '../compare/seed-plans.ts';

const columns = PLANS.flatMap((p) => INDICATORS.map((i) => columnRecord(p, planItems(p, i.id))));

describe('compact columns of /data/indicators/<id>/<province>.json', () => {
  it('give back every column of every seed and indicator exactly', () => {
    expect(columns.some((c) => c.items.some((i) => i.kind === 'goal'))).toBe(true);
    expect(columns.some((c) => c.items.some((i) => !i.primary))).toBe(true);
    for (const c of columns) expect(expandColumn(JSON.parse(JSON.stringify(compactColumn(c))))).toEqual(c);
  });
  it('store an item as an array of the documented fields, without the derivable id, link and measure name', () => {
    const c = columns.find((x) => x.items.some((i) => i.kind === 'measure' && !i.primary))!;
    const r = c.items.find((i) => i.kind === 'measure' && !i.primary)!;
    const w = compactColumn(c).items[c.items.indexOf(r)]!;
    expect(w).toHaveLength(ITEM_FIELDS.length);
    expect(w[0]).toBe(r.url.split('#')[1]);
    expect(w[1]).toBe(1);
    expect(w[2]).toBe('');
    expect(JSON.stringify(w)).not.toContain(c.slug);
  });
  it('refuses an item whose id does not follow <slug>-<anchor>', () => {
    const c = columns.find((x) => x.items.length > 0)!;
    expect(() => compactColumn({ ...c, items: [{ ...c.items[0]!, id: 'other-m1' }] })).toThrow(/does not follow/);
  });
});
