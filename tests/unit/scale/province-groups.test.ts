import { describe, expect, it } from 'vitest';
import { byProvince, byRegion, pageSegment, pages, pagesByWeight, provinceIndicatorUrl, provinceSlug } from '../../../src/lib/scale/province-groups.ts';
import type { Plan } from '../../../src/model/schema.ts';

const plan = (slug: string, province: string, region: string, city: string | null, year: number): Plan =>
  ({ slug, meta: { province, region, city, year } }) as unknown as Plan;

describe('plans by province, region and year', () => {
  it('slugs provinces in pinyin, telling 陕西 from 山西', () => {
    expect(provinceSlug('四川省')).toBe('sichuan');
    expect(provinceSlug('重庆市')).toBe('chongqing');
    expect(provinceSlug('山西省')).toBe('shanxi');
    expect(provinceSlug('陕西省')).toBe('shaanxi');
    expect(provinceSlug('未注明')).toBe('unknown');
  });
  it('orders provinces in Chinese (pinyin) collation with the unknown one last', () => {
    const plans = [plan('a-2021', '未注明', '某地', null, 2021), plan('b-2021', '四川省', '乐山市', null, 2021), plan('c-2021', '重庆市', '巫山县', null, 2021)];
    expect(byProvince(plans).map((g) => [g.province, g.slug, g.plans.length])).toEqual([['重庆市', 'chongqing', 1], ['四川省', 'sichuan', 1], ['未注明', 'unknown', 1]]);
  });
  it('lists a prefecture before its counties, each region newest year first', () => {
    const plans = [plan('qy-2021', '四川省', '青羊区', '成都市', 2021), plan('cd-2021', '四川省', '成都市', null, 2021), plan('cd-2023', '四川省', '成都市', null, 2023), plan('qy-2023', '四川省', '青羊区', '成都市', 2023)];
    expect(byRegion(plans).map((r) => [r.region, r.plans.map((p) => p.slug)])).toEqual([['成都市', ['cd-2023', 'cd-2021']], ['青羊区', ['qy-2023', 'qy-2021']]]);
  });
  it('pages long lists, the first page at the bare URL', () => {
    expect(pages([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages([], 2)).toEqual([[]]);
    expect(pageSegment(1)).toBe('');
    expect(provinceIndicatorUrl('electricity', 'sichuan', 3)).toBe('/indicators/electricity/sichuan/3/');
  });
});

describe('pages by weight', () => {
  it('closes a page before it passes the weight or the count, a heavy item alone', () => {
    expect(pagesByWeight([3, 3, 3, 9, 1, 1], (n) => n, 7)).toEqual([[3, 3], [3], [9], [1, 1]]);
    expect(pagesByWeight([1, 1, 1], (n) => n, 100, 2)).toEqual([[1, 1], [1]]);
    expect(pagesByWeight([], (n: number) => n, 7)).toEqual([[]]);
  });
});
