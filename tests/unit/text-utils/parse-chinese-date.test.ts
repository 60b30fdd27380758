import { describe, expect, it } from 'vitest';
import { parseChineseDate } from '../../../scripts/lib/text/parse-chinese-date.ts';

describe('parseChineseDate', () => {
  it('parses dates with PDF spaces (四川, 乐山 seeds)', () => {
    expect(parseChineseDate('2021 年 3 月 30 日')).toBe('2021-03-30');
    expect(parseChineseDate('2023 年 6 月 9 日')).toBe('2023-06-09');
  });

  it('parses dates followed by text or full-width padding', () => {
    expect(parseChineseDate('2021年7月14日印发')).toBe('2021-07-14');
    expect(parseChineseDate('巫山县人民政府办公室　　　　　　　　　　2021年7月30日印发')).toBe('2021-07-30');
  });

  it('parses full-width digits', () => {
    expect(parseChineseDate('２０２１年５月２５日')).toBe('2021-05-25');
  });

  it('parses Chinese numerals, including ○ for 〇', () => {
    expect(parseChineseDate('二〇二一年五月二十五日')).toBe('2021-05-25');
    expect(parseChineseDate('二○二一年十二月三十一日')).toBe('2021-12-31');
    expect(parseChineseDate('二〇二三年六月九日')).toBe('2023-06-09');
    expect(parseChineseDate('二〇二〇年十月十日')).toBe('2020-10-10');
  });

  it('returns the first valid date in the text', () => {
    expect(parseChineseDate('2021年5月25日印发，2021年6月1日起施行')).toBe('2021-05-25');
    expect(parseChineseDate('二〇二一年五月一日及2021年3月30日')).toBe('2021-05-01');
  });

  it('skips impossible dates', () => {
    expect(parseChineseDate('2021年2月29日')).toBeNull();
    expect(parseChineseDate('2021年13月1日')).toBeNull();
    expect(parseChineseDate('2021年2月30日，2021年3月1日')).toBe('2021-03-01');
    expect(parseChineseDate('2024年2月29日')).toBe('2024-02-29');
  });

  it('returns null when there is no full date', () => {
    expect(parseChineseDate('')).toBeNull();
    expect(parseChineseDate('2021年6月')).toBeNull();
    expect(parseChineseDate('9月底前')).toBeNull();
    expect(parseChineseDate('川办发〔2021〕17号')).toBeNull();
  });
});
