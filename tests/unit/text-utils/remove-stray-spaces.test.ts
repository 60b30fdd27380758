import { describe, expect, it } from 'vitest';
import { removeStraySpaces } from '../../../scripts/lib/text/remove-stray-spaces.ts';

const clean = (s: string) => removeStraySpaces(s).text;

describe('removeStraySpaces', () => {
  it('removes spaces around numbers inside Chinese (自贡 title)', () => {
    expect(removeStraySpaces('自贡市 2021 年营商环境指标提升工作方案')).toEqual({
      text: '自贡市2021年营商环境指标提升工作方案',
      removed: 2,
    });
  });

  it('removes a space inside a Chinese word', () => {
    expect(clean('获得 电力费用')).toBe('获得电力费用');
  });

  it('removes spaces between Latin tokens and Chinese', () => {
    expect(clean('推行税务 Ukey（电子密钥）取代税控盘')).toBe('推行税务Ukey（电子密钥）取代税控盘');
    expect(clean('12 月底前实现 R&D 占 GDP 比重达 0.4% 以上')).toBe('12月底前实现R&D占GDP比重达0.4%以上');
    expect(clean('压减至 60 个工作日以内')).toBe('压减至60个工作日以内');
    expect(clean('“天府通办”APP 推广使用力度')).toBe('“天府通办”APP推广使用力度');
  });

  it('removes spaces next to symbols when the other side is CJK', () => {
    expect(clean('提供“7×24 小时”全天候人工服务')).toBe('提供“7×24小时”全天候人工服务');
    expect(clean('提升 A、B 级纳税人占比')).toBe('提升A、B级纳税人占比');
    expect(clean('(1) 在自贸先行区试点')).toBe('(1)在自贸先行区试点');
  });

  it('removes spaces next to CJK punctuation and Chinese quotes', () => {
    expect(clean('“0 跑路”“24 小时不打烊”')).toBe('“0跑路”“24小时不打烊”');
    expect(clean('各县(区) 人民政府 、高新区管委会')).toBe('各县(区)人民政府、高新区管委会');
    expect(clean('牵头部门(单位): 市住房城乡建设局')).toBe('牵头部门(单位):市住房城乡建设局');
  });

  it('joins a unit name split by a page break', () => {
    expect(clean('国网自贡供电公司、市发展改革委、市\n\n经济和信息化局')).toBe(
      '国网自贡供电公司、市发展改革委、市经济和信息化局',
    );
  });

  it('handles full-width spaces (U+3000) and NBSP', () => {
    expect(removeStraySpaces('巫山县人民政府办公室　　　\n2021年7月30日　　　　')).toEqual({
      text: '巫山县人民政府办公室2021年7月30日',
      removed: 8,
    });
    expect(clean('营商\u00A0环境')).toBe('营商环境');
  });

  it('collapses whitespace between Latin/digit tokens to one space', () => {
    expect(removeStraySpaces('single   window')).toEqual({ text: 'single window', removed: 2 });
    expect(clean('single\twindow')).toBe('single window');
    expect(clean('7 ×  24')).toBe('7 × 24');
    expect(clean('12345  12315')).toBe('12345 12315');
  });

  it('trims both ends and counts the trimmed characters', () => {
    expect(removeStraySpaces('  \n营商环境 \u3000')).toEqual({ text: '营商环境', removed: 5 });
    expect(removeStraySpaces(' single window ')).toEqual({ text: 'single window', removed: 2 });
  });

  it('leaves clean text alone', () => {
    expect(removeStraySpaces('资府办发〔2021〕17号')).toEqual({ text: '资府办发〔2021〕17号', removed: 0 });
  });

  it('handles the empty and all-whitespace strings', () => {
    expect(removeStraySpaces('')).toEqual({ text: '', removed: 0 });
    expect(removeStraySpaces(' \n\u3000 ')).toEqual({ text: '', removed: 4 });
  });

  it('treats CJK Extension B characters (surrogate pairs) as CJK', () => {
    expect(clean('𠀀 abc')).toBe('𠀀abc');
    expect(clean('abc 𠀀')).toBe('abc𠀀');
  });
});
