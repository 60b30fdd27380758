import { describe, expect, it } from 'vitest';
import { resolveDeadline } from '../../../scripts/lib/text/resolve-deadline.ts';

const Y = 2021;
const date = (raw: string, year = Y) => resolveDeadline(raw, year)?.date;

describe('resolveDeadline', () => {
  it('resolves month-end deadlines with the plan year (四川 table)', () => {
    expect(resolveDeadline('9月底前', Y)).toEqual({ raw: '9月底前', date: '2021-09-30' });
    expect(resolveDeadline('6月底前', Y)).toEqual({ raw: '6月底前', date: '2021-06-30' });
    expect(resolveDeadline('3月底前', Y)).toEqual({ raw: '3月底前', date: '2021-03-31' });
    expect(resolveDeadline('11月底前', Y)).toEqual({ raw: '11月底前', date: '2021-11-30' });
    expect(date('4月底前', 2023)).toBe('2023-04-30');
  });

  it('resolves 今年 to the plan year', () => {
    expect(resolveDeadline('今年10月底前', Y)).toEqual({ raw: '今年10月底前', date: '2021-10-31' });
    expect(resolveDeadline('今年8月1日前', 2023)).toEqual({ raw: '今年8月1日前', date: '2023-08-01' });
  });

  it('keeps the named day for a day-precise 前', () => {
    expect(resolveDeadline('8月1日前', Y)).toEqual({ raw: '8月1日前', date: '2021-08-01' });
    expect(resolveDeadline('6月30日前', Y)).toEqual({ raw: '6月30日前', date: '2021-06-30' });
  });

  it('resolves 12月底 with or without 前', () => {
    expect(resolveDeadline('12月底', Y)).toEqual({ raw: '12月底', date: '2021-12-31' });
    expect(resolveDeadline('12月底前', Y)).toEqual({ raw: '12月底前', date: '2021-12-31' });
  });

  it('resolves a bare month (资阳 table) to its last day', () => {
    expect(resolveDeadline('2021年6月', Y)).toEqual({ raw: '2021年6月', date: '2021-06-30' });
    expect(resolveDeadline('2021 年 12 月', Y)).toEqual({ raw: '2021年12月', date: '2021-12-31' });
  });

  it('uses the year the phrase names, not the plan year', () => {
    expect(resolveDeadline('2022年12月', Y)).toEqual({ raw: '2022年12月', date: '2022-12-31' });
    expect(date('2021年12月', 2023)).toBe('2021-12-31');
    expect(date('明年6月底前', Y)).toBe('2022-06-30');
  });

  it('resolves "…并持续推进" to the date and removes stray spaces from raw', () => {
    expect(resolveDeadline('2021年6月并 持续推进', Y)).toEqual({ raw: '2021年6月并持续推进', date: '2021-06-30' });
    expect(resolveDeadline('2021年6月并持续推进', Y)).toEqual({ raw: '2021年6月并持续推进', date: '2021-06-30' });
    expect(resolveDeadline('2021年12月并持续推进', Y)).toEqual({ raw: '2021年12月并持续推进', date: '2021-12-31' });
    expect(resolveDeadline('2021 年 6 月 并 持续推进', Y)).toEqual({ raw: '2021年6月并持续推进', date: '2021-06-30' });
    expect(resolveDeadline('2021年5月 并  持续推进', Y)).toEqual({ raw: '2021年5月并持续推进', date: '2021-05-31' });
  });

  it('resolves "…并动态调整"', () => {
    expect(resolveDeadline('2021年7月 并 动态调整', Y)).toEqual({ raw: '2021年7月并动态调整', date: '2021-07-31' });
  });

  it('resolves 2021年12月底前 (with and without 并持续推进)', () => {
    expect(resolveDeadline('2021年12月底前', Y)).toEqual({ raw: '2021年12月底前', date: '2021-12-31' });
    expect(resolveDeadline('2021年12月底前并持续推进', Y)).toEqual({
      raw: '2021年12月底前并持续推进',
      date: '2021-12-31',
    });
  });

  it('drops HTML tags left in 资阳 table cells', () => {
    expect(resolveDeadline('<p>2021年12月并持续推进</p>', Y)).toEqual({ raw: '2021年12月并持续推进', date: '2021-12-31' });
    expect(resolveDeadline('<p>持续推进</p>', Y)).toEqual({ raw: '持续推进', date: null });
  });

  it('resolves year-end phrases to 12-31', () => {
    expect(resolveDeadline('年底前', Y)).toEqual({ raw: '年底前', date: '2021-12-31' });
    expect(resolveDeadline('今年底前', 2023)).toEqual({ raw: '今年底前', date: '2023-12-31' });
    expect(resolveDeadline('年内', Y)).toEqual({ raw: '年内', date: '2021-12-31' });
    expect(resolveDeadline('2021年底前', 2020)).toEqual({ raw: '2021年底前', date: '2021-12-31' });
    expect(date('今年内', Y)).toBe('2021-12-31');
    expect(date('2022年', Y)).toBe('2022-12-31');
  });

  it('gets February right, leap years included', () => {
    expect(resolveDeadline('2月', 2021)).toEqual({ raw: '2月', date: '2021-02-28' });
    expect(date('2月', 2024)).toBe('2024-02-29');
    expect(date('2月底前', 2000)).toBe('2000-02-29');
    expect(date('2月底前', 1900)).toBe('1900-02-28');
    expect(resolveDeadline('2月30日前', Y)).toBeNull(); // no such day
  });

  it('accepts full-width digits and Chinese-numeral months', () => {
    expect(resolveDeadline('９月底前', Y)).toEqual({ raw: '９月底前', date: '2021-09-30' });
    expect(date('十二月底前', Y)).toBe('2021-12-31');
    expect(date('十月底前', Y)).toBe('2021-10-31');
  });

  it('takes the latest date when a cell names several', () => {
    expect(date('6月底前完成试点，12月底前全面推开', Y)).toBe('2021-12-31');
  });

  it('gives date null for open-ended deadlines', () => {
    expect(resolveDeadline('持续推进', Y)).toEqual({ raw: '持续推进', date: null });
    expect(resolveDeadline('长期坚持', Y)).toEqual({ raw: '长期坚持', date: null });
    expect(resolveDeadline('并 持续推进', Y)).toEqual({ raw: '并持续推进', date: null });
    expect(resolveDeadline('持续推进(套餐式注销按照省市场监管局的安排部署推进)', Y)).toEqual({
      raw: '持续推进(套餐式注销按照省市场监管局的安排部署推进)',
      date: null,
    });
  });

  it('treats a start ("…起") as no deadline', () => {
    expect(resolveDeadline('6月起', Y)).toBeNull();
    expect(resolveDeadline('2021年6月1日起', Y)).toBeNull();
    expect(resolveDeadline('6月起持续推进', Y)).toEqual({ raw: '6月起持续推进', date: null });
  });

  it('returns null when there is no deadline', () => {
    expect(resolveDeadline('无', Y)).toBeNull();
    expect(resolveDeadline('', Y)).toBeNull();
    expect(resolveDeadline('  \u3000', Y)).toBeNull();
    expect(resolveDeadline('市税务局', Y)).toBeNull();
    expect(resolveDeadline('3个月以内', Y)).toBeNull();
  });

  it('reads 完成时限 marker values whole: quarters, halves, year spans, recurring', () => {
    expect(resolveDeadline('2022年第三季度', Y)).toEqual({ raw: '2022年第三季度', date: '2022-09-30' });
    expect(date('三季度末', 2022)).toBe('2022-09-30');
    expect(date('2023年第4季度', Y)).toBe('2023-12-31');
    expect(date('上半年', 2022)).toBe('2022-06-30');
    expect(date('2023年上半年', Y)).toBe('2023-06-30');
    expect(date('下半年', 2022)).toBe('2022-12-31');
    expect(date('年底', 2022)).toBe('2022-12-31');
    expect(date('2024年底', Y)).toBe('2024-12-31');
    expect(date('2022年6月', Y)).toBe('2022-06-30');
    expect(date('2022年6月30日前', Y)).toBe('2022-06-30');
    expect(resolveDeadline('2023—2025年', Y)).toEqual({ raw: '2023—2025年', date: '2025-12-31' });
    expect(resolveDeadline('每年', Y)).toEqual({ raw: '每年', date: null });
    expect(resolveDeadline('每季度', Y)).toEqual({ raw: '每季度', date: null });
    expect(resolveDeadline('每年6月底前', Y)).toEqual({ raw: '每年6月底前', date: null });
    expect(resolveDeadline('长期坚持', Y)).toEqual({ raw: '长期坚持', date: null });
  });
});
