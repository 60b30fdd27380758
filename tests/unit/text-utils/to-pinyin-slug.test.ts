import { describe, expect, it } from 'vitest';
import { toPinyinSlug } from '../../../scripts/lib/text/to-pinyin-slug.ts';

describe('toPinyinSlug', () => {
  it('slugs the seed regions without their suffix', () => {
    expect(toPinyinSlug('四川省')).toBe('sichuan');
    expect(toPinyinSlug('自贡市')).toBe('zigong');
    expect(toPinyinSlug('资阳市')).toBe('ziyang');
    expect(toPinyinSlug('巫山县')).toBe('wushan');
    expect(toPinyinSlug('成都市')).toBe('chengdu');
  });

  it('reads polyphonic characters by word', () => {
    expect(toPinyinSlug('乐山市')).toBe('leshan'); // not "yueshan"
    expect(toPinyinSlug('重庆市')).toBe('chongqing'); // not "zhongqing"
    expect(toPinyinSlug('长宁县')).toBe('changning'); // not "zhangning"
  });

  it('drops 自治县 / 自治州 / 特别行政区 / 自治区 but keeps the ethnic part', () => {
    expect(toPinyinSlug('峨边彝族自治县')).toBe('ebianyizu');
    expect(toPinyinSlug('马边彝族自治县')).toBe('mabianyizu');
    expect(toPinyinSlug('凉山彝族自治州')).toBe('liangshanyizu');
    expect(toPinyinSlug('香港特别行政区')).toBe('xianggang');
    expect(toPinyinSlug('西藏自治区')).toBe('xizang');
  });

  it('drops only one suffix, and only at the end', () => {
    expect(toPinyinSlug('市中区')).toBe('shizhong');
    expect(toPinyinSlug('峨眉山市')).toBe('emeishan');
    expect(toPinyinSlug('四川')).toBe('sichuan');
  });

  it('writes ü as v', () => {
    expect(toPinyinSlug('吕梁市')).toBe('lvliang');
  });

  it('returns only lowercase ASCII letters, digits and hyphens', () => {
    expect(toPinyinSlug(' 自贡 市 ')).toBe('zigong');
    expect(toPinyinSlug('重庆·万州区')).toBe('chongqing-wanzhou');
    expect(toPinyinSlug('Xiamen市')).toBe('xiamen');
  });

  it('does not strip a name that is only a suffix', () => {
    expect(toPinyinSlug('市')).toBe('shi');
    expect(toPinyinSlug('')).toBe('');
  });
});
