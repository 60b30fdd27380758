import { describe, expect, it } from 'vitest';
import { chosenPlans, findPlans, parseScaleFilter, scaleQuery, type IndexPlan } from '../../../src/lib/scale/chosen-plans.ts';

const plan = (slug: string, name: string, province: string, level: string, year: string, pinyin: string): IndexPlan => ({ slug, name, province, level, year, pinyin });
const PLANS = [
  plan('leshan-2023', '乐山市 2023', 'sichuan', 'city', '2023', 'leshan'),
  plan('leshan-2021', '乐山市 2021', 'sichuan', 'city', '2021', 'leshan'),
  plan('qingyang-2023', '青羊区 2023', 'sichuan', 'county', '2023', 'qingyang'),
  plan('wushan-2022', '巫山县 2022', 'chongqing', 'county', '2022', 'wushan'),
];

describe('the plan filter at scale', () => {
  it('loads nothing until a province or a plan is named', () => {
    expect(chosenPlans(PLANS, parseScaleFilter(''))).toEqual([]);
    expect(chosenPlans(PLANS, parseScaleFilter('?level=city&year=2023'))).toEqual([]);
  });
  it('takes the named provinces and plans, narrowed by level and year', () => {
    expect(chosenPlans(PLANS, parseScaleFilter('?province=sichuan&year=2023')).map((p) => p.slug)).toEqual(['leshan-2023', 'qingyang-2023']);
    expect(chosenPlans(PLANS, parseScaleFilter('?province=sichuan&level=county&plan=wushan-2022')).map((p) => p.slug)).toEqual(['qingyang-2023', 'wushan-2022']);
    expect(chosenPlans(PLANS, parseScaleFilter('?plan=leshan-2021')).map((p) => p.slug)).toEqual(['leshan-2021']);
  });
  it('writes the filter back as the query it was read from', () => {
    const q = '?province=sichuan,chongqing&year=2023&plan=leshan-2021';
    expect(scaleQuery(parseScaleFilter(q))).toBe(q);
    expect(scaleQuery(parseScaleFilter(''))).toBe('');
  });
  it('finds a region by its name or its pinyin', () => {
    expect(findPlans(PLANS, '乐山').map((p) => p.slug)).toEqual(['leshan-2023', 'leshan-2021']);
    expect(findPlans(PLANS, 'WuShan').map((p) => p.slug)).toEqual(['wushan-2022']);
    expect(findPlans(PLANS, '乐山 2021').map((p) => p.slug)).toEqual(['leshan-2021']);
    expect(findPlans(PLANS, '  ')).toEqual([]);
  });
});
