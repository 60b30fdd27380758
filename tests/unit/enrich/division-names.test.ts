import { describe, expect, it } from 'vitest';
import { shortName } from '../../../scripts/lib/enrich/division-names.ts';

describe('shortName', () => {
  it.each([
    ['四川省', '四川'],
    ['新疆维吾尔自治区', '新疆'],
    ['内蒙古自治区', '内蒙古'], // "蒙古" is an ethnic group, but two characters must stay
    ['西藏自治区', '西藏'], // "藏" alone needs 族 to be an ethnic group
    ['广西壮族自治区', '广西'],
    ['香港特别行政区', '香港'],
    ['厦门市', '厦门'],
    ['湘西土家族苗族自治州', '湘西'],
    ['克孜勒苏柯尔克孜自治州', '克孜勒苏'], // ethnic group without 族
    ['长白朝鲜族自治县', '长白'], // keeps 白
    ['积石山保安族东乡族撒拉族自治县', '积石山'],
    ['龙胜各族自治县', '龙胜'],
    ['锡林郭勒盟', '锡林郭勒'],
    ['阿里地区', '阿里'],
    ['神农架林区', '神农架'],
    ['六枝特区', '六枝'],
    ['青羊区', '青羊'],
    ['巫山县', '巫山'],
  ])('%s → %s', (name, short) => {
    expect(shortName(name)).toBe(short);
  });
  it('gives none where one character would be left, or to a plain 旗', () => {
    expect(shortName('忠县')).toBeNull();
    expect(shortName('城区')).toBeNull();
    expect(shortName('阿拉善左旗')).toBeNull();
  });
});
