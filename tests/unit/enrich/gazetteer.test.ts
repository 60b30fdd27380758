import { describe, expect, it } from 'vitest';
import { buildGazetteer, type Division } from '../../../scripts/lib/enrich/gazetteer.ts';
import { loadGazetteer, treeProblem } from '../../../scripts/lib/enrich/gazetteer-fs.ts';
import type { Resolution } from '../../../scripts/lib/enrich/pick-division.ts';
import { resolveName } from '../../../scripts/lib/enrich/resolve-name.ts';

const g = loadGazetteer();
/** "name code level city province" of a single answer, or the candidates' places of an ambiguous one. */
const show = (r: Resolution | null) =>
  !r ? null : r.kind === 'found' ? `${r.division.name} ${r.division.code} ${r.division.level} ${r.division.city ?? '-'} ${r.division.province}` : r.candidates.map((d) => `${d.province}${d.city ?? ''}`);
const lookup = (name: string) => show(resolveName(g, name));

describe('gazetteer: full names', () => {
  it.each([
    ['厦门市', '厦门市 350200 city - 福建省'],
    ['泰州市', '泰州市 321200 city - 江苏省'],
    ['辽源市', '辽源市 220400 city - 吉林省'],
    ['海东市', '海东市 630200 city - 青海省'], // 海东地区 until 2013
    ['青羊区', '青羊区 510105 county 成都市 四川省'], // 市辖区
    ['湘西土家族苗族自治州', '湘西土家族苗族自治州 433100 city - 湖南省'], // 自治州
    ['大理白族自治州', '大理白族自治州 532900 city - 云南省'],
    ['锡林郭勒盟', '锡林郭勒盟 152500 city - 内蒙古自治区'], // 盟
    ['阿里地区', '阿里地区 542500 city - 西藏自治区'], // 地区
    ['阿拉善左旗', '阿拉善左旗 152921 county 阿拉善盟 内蒙古自治区'], // 旗
    ['鄂温克族自治旗', '鄂温克族自治旗 150724 county 呼伦贝尔市 内蒙古自治区'], // 自治旗
    ['石柱土家族自治县', '石柱土家族自治县 500240 county - 重庆市'], // 自治县 of a 直辖市
    ['神农架林区', '神农架林区 429021 county - 湖北省'], // 林区, 省直辖
    ['六枝特区', '六枝特区 520203 county 六盘水市 贵州省'], // 特区
    ['昆山市', '昆山市 320583 county 苏州市 江苏省'], // 县级市: ends in 市, county level
    ['义乌市', '义乌市 330782 county 金华市 浙江省'],
    ['定州市', '定州市 130682 county 保定市 河北省'], // code under 保定
    ['石河子市', '石河子市 659001 county - 新疆维吾尔自治区'], // 自治区直辖县级市
    ['巫山县', '巫山县 500237 county - 重庆市'], // 直辖市 county
    ['朝阳区', ['北京市', '吉林省长春市']],
  ])('%s', (name, expected) => {
    expect(lookup(name)).toEqual(expected);
  });
  it('knows the provinces, 自治区 and 直辖市 as province level', () => {
    for (const p of ['四川省', '新疆维吾尔自治区', '重庆市', '北京市', '广西壮族自治区']) expect(resolveName(g, p)).toMatchObject({ kind: 'found', division: { level: 'province', province: p, city: null } });
  });
  it('lists every 鼓楼区', () => {
    expect(lookup('鼓楼区')).toEqual(['江苏省南京市', '江苏省徐州市', '福建省福州市', '河南省开封市']);
  });
  it('knows no pseudo-divisions of the dataset (市辖区, 省直辖县级行政区划, development zones)', () => {
    expect(resolveName(g, '市辖区')).toBeNull();
    expect(resolveName(g, '湖北省-自治区直辖县级行政区划')).toBeNull();
    expect(resolveName(g, '石家庄高新技术产业开发区')).toBeNull();
    expect(resolveName(g, '两江新区')).toBeNull();
  });
});

describe('gazetteer: short names and compounds', () => {
  it.each([
    ['四川', '四川省 510000 province - 四川省'],
    ['新疆', '新疆维吾尔自治区 650000 province - 新疆维吾尔自治区'],
    ['内蒙古', '内蒙古自治区 150000 province - 内蒙古自治区'],
    ['湘西', '湘西土家族苗族自治州 433100 city - 湖南省'],
    ['成都市青羊区', '青羊区 510105 county 成都市 四川省'],
    ['重庆市巫山县', '巫山县 500237 county - 重庆市'],
    ['四川省成都市', '成都市 510100 city - 四川省'],
    ['江苏省泰州市', '泰州市 321200 city - 江苏省'],
    ['泰州市海陵区', '海陵区 321202 county 泰州市 江苏省'],
    ['北京市朝阳区', '朝阳区 110105 county - 北京市'],
    ['吉林省长春市朝阳区', '朝阳区 220104 county 长春市 吉林省'],
    ['阳泉市城区', '城区 140302 county 阳泉市 山西省'],
  ])('%s', (name, expected) => {
    expect(lookup(name)).toBe(expected);
  });
  it.each([
    ['湘西自治州', '湘西土家族苗族自治州'],
    ['湘西州', '湘西土家族苗族自治州'],
    ['凉山州', '凉山彝族自治州'],
    ['石柱县', '石柱土家族自治县'],
    ['鄂伦春旗', '鄂伦春自治旗'],
    ['广西自治区', '广西壮族自治区'],
  ])('knows the shorter form plans give an autonomous area: %s', (alias, full) => {
    expect(resolveName(g, alias)).toMatchObject({ kind: 'found', division: { name: full } });
  });
  it('leaves a short name that several divisions share ambiguous (吉林省, 吉林市)', () => {
    expect(resolveName(g, '吉林')).toMatchObject({ kind: 'ambiguous', name: '吉林' });
  });
  it('narrows an ambiguous name to the province named with it, and no further', () => {
    expect(lookup('江苏省鼓楼区')).toEqual(['江苏省南京市', '江苏省徐州市']);
  });
  it('takes no compound with text between its names', () => {
    expect(resolveName(g, '成都市的青羊区')).toBeNull();
  });
});

describe('buildGazetteer on a tree', () => {
  const tree = [
    { c: '500000', n: '重庆市', d: [{ c: '500237', n: '巫山县' }] },
    { c: '420000', n: '湖北省', d: [
      { c: '420100', n: '武汉市', d: [{ c: '420101', n: '市辖区' }, { c: '420102', n: '江岸区' }, { c: '420171', n: '武汉经济技术开发区' }] },
      { c: '429000', n: '湖北省-自治区直辖县级行政区划', d: [{ c: '429004', n: '仙桃市' }] },
    ] },
  ];
  const t = buildGazetteer({ source: 'test@1', tree });
  const one = (name: string): Division | undefined => t.byName.get(name)?.[0];
  it('reads level from the code and parents from the tree, skipping groupings', () => {
    expect(one('江岸区')).toEqual({ name: '江岸区', code: '420102', level: 'county', province: '湖北省', city: '武汉市' });
    expect(one('仙桃市')).toEqual({ name: '仙桃市', code: '429004', level: 'county', province: '湖北省', city: null });
    expect(one('巫山县')).toMatchObject({ level: 'county', province: '重庆市', city: null });
    expect([...t.byName.keys()].sort()).toEqual(['仙桃市', '巫山县', '武汉市', '江岸区', '湖北省', '重庆市'].sort());
  });
  it('checks the shape of the tree, naming the place and what was found', () => {
    expect(treeProblem(tree)).toBeNull();
    expect(treeProblem({})).toBe('(root) is {}, not an array');
    expect(treeProblem([{ c: '5000', n: '重庆市' }])).toBe('(root)[0].c is "5000", not a six-digit code');
    expect(treeProblem([{ c: '500000', n: '重庆市', d: [{ c: '500237', n: '' }] }])).toBe('(root)[0].d[0].n is "", not a name');
  });
});
