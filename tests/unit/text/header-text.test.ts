import { describe, expect, it } from 'vitest';
import { isDocNumberLine, normalizeDocNumber } from '../../../scripts/lib/text/normalize-doc-number.ts';
import { parseChineseDate } from '../../../scripts/lib/text/parse-chinese-date.ts';
import { isDigitRunDate, parseDigitRunDate } from '../../../scripts/lib/text/parse-digit-run-date.ts';
import { planYears, YEAR_SPAN_LAYOUTS, yearSpan } from '../../../scripts/lib/text/year-span.ts';

describe('yearSpan', () => {
  for (const layout of YEAR_SPAN_LAYOUTS) {
    for (const example of layout.examples) {
      it(`span: ${example}`, () => {
        const span = yearSpan(`XX市优化营商环境${example}`)!;
        expect(span.end! - span.start).toBeGreaterThan(0);
        expect(span.start).toBe(Number(/\d{4}/.exec(example)![0]));
      });
    }
  }
  it('one year, no span; no year at all', () => {
    expect(yearSpan('乐山市深化“放管服”改革优化营商环境 2023 年工作要点')).toEqual({ start: 2023, end: null });
    expect(yearSpan('XX市进一步优化营商环境若干措施')).toBeNull();
    expect(yearSpan(null)).toBeNull();
  });
  it('a span must run forward and stay short ("2025-2023" and "2000-2035" are not plan spans)', () => {
    expect(yearSpan('2025-2023年')?.end).toBeNull();
    expect(yearSpan('2000—2035年远景')?.end).toBeNull();
  });
});

describe('dates in signatures', () => {
  it('Arabic, spaced and Chinese numerals with 〇, ○ and 零', () => {
    expect(parseChineseDate('2019 年 11 月 6 日')).toBe('2019-11-06');
    expect(parseChineseDate('二〇二二年五月十日')).toBe('2022-05-10');
    expect(parseChineseDate('二○二二年五月十日')).toBe('2022-05-10');
    expect(parseChineseDate('二零二二年十二月三十一日')).toBe('2022-12-31');
  });
  it('digit runs resolve only when one reading is a date', () => {
    expect(parseDigitRunDate('2019116')).toBeNull(); // 2019-11-06 or 2019-01-16
    expect(parseDigitRunDate('20191230')).toBe('2019-12-30');
    expect(parseDigitRunDate('2019130')).toBe('2019-01-30'); // 13-0 is no date
    expect(parseDigitRunDate('201916')).toBe('2019-01-06');
    expect(parseDigitRunDate('20191332')).toBeNull();
    expect(isDigitRunDate('2019116')).toBe(true);
    expect(isDigitRunDate('123456')).toBe(false);
  });
});

describe('文号 forms', () => {
  const forms: [string, string][] = [
    ['厦府办〔2019〕116号', '厦府办〔2019〕116号'],
    ['泰政办发〔2019〕83号', '泰政办发〔2019〕83号'],
    ['渝府办发[2024]5号', '渝府办发〔2024〕5号'],
    ['韶府办发(2022)12号', '韶府办发〔2022〕12号'],
    ['靖政办发〔２０１９〕１２２号', '靖政办发〔2019〕122号'],
    ['泰政办发 〔 2019 〕 83 号', '泰政办发〔2019〕83号'],
    ['渝北府办发[ 2024 ] 5 号', '渝北府办发〔2024〕5号'],
  ];
  for (const [raw, normal] of forms) {
    it(raw, () => {
      expect(normalizeDocNumber(raw)).toBe(normal);
      expect(isDocNumberLine(raw)).toBe(true);
    });
  }
  it('a sentence quoting a 文号 is not a 文号 line', () => {
    expect(isDocNumberLine('根据《通知》（国办发〔2019〕39号）精神')).toBe(false);
  });
});

describe('planYears', () => {
  it('title first, then the 文号, then the date (also as written when damaged)', () => {
    expect(planYears('XX市优化营商环境三年行动计划（2023—2025年）', '某府办〔2022〕1号', '2022-12-30')).toEqual({ start: 2023, end: 2025 });
    expect(planYears('XX市进一步优化营商环境若干措施', '某府办〔2019〕1号', null)).toEqual({ start: 2019, end: null });
    expect(planYears('XX市进一步优化营商环境若干措施', null, '2019116')).toEqual({ start: 2019, end: null });
    expect(planYears(null, null, null)).toBeNull();
  });
});
