import { describe, expect, it } from 'vitest';
import { filterQuery, isShown, parseFilter, type FacetValues } from '../../../src/lib/compare/filter-query.ts';

const all: FacetValues = { plan: ['leshan-2023', 'sichuan-2021', 'wushan-2021'], level: ['province', 'city', 'county'], year: ['2021', '2023'] };

describe('plan filter query', () => {
  it('writes nothing when nothing is narrowed', () => {
    expect(filterQuery(all, all)).toBe('');
  });
  it('writes only the narrowed facets, values in page order', () => {
    expect(filterQuery({ ...all, plan: ['wushan-2021', 'leshan-2023'] }, all)).toBe('?plan=leshan-2023,wushan-2021');
    expect(filterQuery({ ...all, level: ['city'], year: ['2021'] }, all)).toBe('?level=city&year=2021');
    expect(filterQuery({ ...all, plan: [] }, all)).toBe('?plan=');
  });
  it('reads back what it wrote, dropping unknown values', () => {
    expect(parseFilter('?plan=leshan-2023,wushan-2021', all)).toEqual({ plan: ['leshan-2023', 'wushan-2021'], level: null, year: null });
    expect(parseFilter('?plan=gone-2020,sichuan-2021&year=2021', all)).toEqual({ plan: ['sichuan-2021'], level: null, year: ['2021'] });
    expect(parseFilter('', all)).toEqual({ plan: null, level: null, year: null });
    expect(parseFilter('?plan=', all)).toEqual({ plan: [], level: null, year: null });
  });
  it('shows a plan only when every facet allows it', () => {
    const wushan = { plan: 'wushan-2021', level: 'county', year: '2021' };
    expect(isShown(wushan, all)).toBe(true);
    expect(isShown(wushan, { ...all, level: ['city'] })).toBe(false);
    expect(isShown(wushan, { ...all, plan: ['wushan-2021'], year: ['2023'] })).toBe(false);
  });
});
