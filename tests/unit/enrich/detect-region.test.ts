import { describe, expect, it } from 'vitest';
import { detectRegion, type RegionTexts } from '../../../scripts/lib/enrich/detect-region.ts';
import { scanDivisions } from '../../../scripts/lib/enrich/find-divisions.ts';
import { loadGazetteer } from '../../../scripts/lib/enrich/gazetteer-fs.ts';

const g = loadGazetteer();
const texts = (t: Partial<RegionTexts>): RegionTexts => ({ issuer: null, title: null, docNumber: null, ...t });
/** "name (city, province) from" of what detectRegion found. */
function detect(t: Partial<RegionTexts>): string | null {
  const { name, resolution, from } = detectRegion(g, texts(t));
  if (!resolution) return name === null ? null : `${name} (unknown) ${from?.text}`;
  if (resolution.kind === 'ambiguous') return `${name} (${resolution.candidates.length} candidates) ${from?.text}`;
  const d = resolution.division;
  return `${d.name} (${d.city ?? '-'}, ${d.province}) ${from?.text}`;
}

describe('scanDivisions', () => {
  it('finds the longest names, in order, without overlaps', () => {
    expect(scanDivisions(g, '中共泰州市海陵区委办公室').map((h) => h.name)).toEqual(['泰州市', '海陵区']);
    expect(scanDivisions(g, '吉林省吉林市人民政府').map((h) => h.name)).toEqual(['吉林省', '吉林市']);
  });
  it('takes a two-character name inside a word only beside its parent', () => {
    expect(scanDivisions(g, '湖南县域经济').map((h) => h.name)).toEqual([]);
    expect(scanDivisions(g, '忠县人民政府').map((h) => h.name)).toEqual(['忠县']);
    expect(scanDivisions(g, '益阳市南县人民政府').map((h) => h.name)).toEqual(['益阳市', '南县']);
  });
  it('takes names that are ordinary words (城区, 郊区) only beside their parent', () => {
    expect(scanDivisions(g, '城区人民政府')).toEqual([]);
    expect(scanDivisions(g, '重庆市主城区')).toMatchObject([{ name: '重庆市' }]);
    expect(scanDivisions(g, '阳泉市城区人民政府')).toMatchObject([{ name: '阳泉市' }, { name: '城区', divisions: [{ code: '140302' }] }]);
  });
});

describe('detectRegion', () => {
  it('takes the most specific division of a joint issuer', () => {
    expect(detect({ issuer: '中共泰州市海陵区委办公室 泰州市海陵区人民政府办公室' })).toBe('海陵区 (泰州市, 江苏省) issuer');
  });
  it('reads a city from its issuer or its title', () => {
    expect(detect({ issuer: '厦门市人民政府办公厅', title: '厦门市2019年优化营商环境实施方案' })).toBe('厦门市 (-, 福建省) issuer');
    expect(detect({ title: '关于印发辽源市2019年优化营商环境实施方案的通知' })).toBe('辽源市 (-, 吉林省) title');
  });
  it("prefers the issuer: a province's plan naming a city stays the province's", () => {
    expect(detect({ issuer: '四川省人民政府办公厅', title: '支持成都市建设国际化营商环境的意见' })).toBe('四川省 (-, 四川省) issuer');
  });
  it('ignores other governments named after the first ("学习上海市…", a co-issuer)', () => {
    expect(detect({ issuer: '泰州市人民政府办公室', title: '泰州市对标学习上海市优化营商环境实施方案' })).toBe('泰州市 (-, 江苏省) issuer');
    expect(detect({ issuer: '成都市人民政府 德阳市人民政府' })).toBe('成都市 (-, 四川省) issuer');
  });
  it('reads 直辖市 districts and counties, 自治州, 盟, 旗 and 县级市', () => {
    expect(detect({ issuer: '巫山县人民政府办公室' })).toBe('巫山县 (-, 重庆市) issuer');
    expect(detect({ issuer: '湘西土家族苗族自治州人民政府办公室' })).toBe('湘西土家族苗族自治州 (-, 湖南省) issuer');
    expect(detect({ issuer: '锡林郭勒盟行政公署办公室' })).toBe('锡林郭勒盟 (-, 内蒙古自治区) issuer');
    expect(detect({ issuer: '阿拉善左旗人民政府' })).toBe('阿拉善左旗 (阿拉善盟, 内蒙古自治区) issuer');
    expect(detect({ issuer: '昆山市人民政府办公室' })).toBe('昆山市 (苏州市, 江苏省) issuer');
    expect(detect({ issuer: '湘西自治州人民政府', title: '湘西自治州2020年深化“放管服”改革优化营商环境工作计划' })).toBe('湘西土家族苗族自治州 (-, 湖南省) issuer');
  });
  it('settles an ambiguous name with a city named in another text, and only then', () => {
    expect(detect({ issuer: '朝阳区人民政府办公室', title: '北京市朝阳区优化营商环境实施方案' })).toBe('朝阳区 (-, 北京市) issuer');
    expect(detect({ issuer: '朝阳区人民政府办公室', title: '长春市朝阳区优化营商环境实施方案' })).toBe('朝阳区 (长春市, 吉林省) issuer');
    expect(detect({ issuer: '鼓楼区人民政府办公室', title: '鼓楼区优化营商环境三年行动方案' })).toBe('鼓楼区 (4 candidates) issuer');
  });
  it('reads the 文号 prefix only when issuer and title name no division, and only if unambiguous', () => {
    expect(detect({ docNumber: '巫山府办发〔2021〕66号' })).toBe('巫山县 (-, 重庆市) docNumber');
    expect(detect({ docNumber: '厦府办〔2019〕12号' })).toBe('厦门市 (-, 福建省) docNumber');
    expect(detect({ docNumber: '自府办发〔2021〕6号' })).toBe('自贡市 (-, 四川省) docNumber'); // 自贡市 and its 自流井区
    expect(detect({ docNumber: '川办发〔2021〕17号' })).toBeNull(); // 四川省, or 周口's 川汇区
    expect(detect({ docNumber: '锡政办发〔2020〕3号' })).toBeNull(); // 无锡's 锡, or 锡林郭勒盟
    expect(detect({ issuer: '资阳市人民政府办公室', docNumber: '乐府办发〔2023〕14号' })).toBe('资阳市 (-, 四川省) issuer');
  });
  it('names a region the gazetteer lacks from the issuer, or a title before its year', () => {
    expect(detect({ issuer: '两江新区管理委员会' })).toBe('两江新区 (unknown) issuer');
    expect(detect({ title: '白杨市2023年优化营商环境工作方案' })).toBe('白杨市 (unknown) title');
    expect(detect({ title: '关于推进南县县域经济的通知' })).toBeNull();
    expect(detect({ issuer: '发展改革委员会' })).toBeNull();
    expect(detect({ issuer: '城区人民政府办公室' })).toBe('城区 (3 candidates) issuer'); // an ordinary word, but a division too
  });
});
