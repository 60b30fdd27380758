import { describe, expect, it } from 'vitest';
import { splitMarks, trimText } from '../../../src/lib/compare/split-marks.ts';
import { formatNumber, targetPhrase } from '../../../src/lib/compare/target-words.ts';

describe('target phrases', () => {
  it('says the comparator in words, the value and the unit as written', () => {
    expect(targetPhrase({ value: 8, unit: '工作日', comparator: 'lte', from: null })).toBe('不超过 8 工作日');
    expect(targetPhrase({ value: 4, unit: '工作小时', comparator: 'lte', from: null })).toBe('不超过 4 工作小时');
    expect(targetPhrase({ value: 90, unit: '%', comparator: 'gte', from: null })).toBe('不低于 90%');
    expect(targetPhrase({ value: 200, unit: '项', comparator: null, from: null })).toBe('200 项');
  });
  it('keeps where a cut starts', () => {
    expect(targetPhrase({ value: 15, unit: '工作日', comparator: 'reduce-to', from: 20 })).toBe('由 20 工作日 压减至 15 工作日');
    expect(targetPhrase({ value: 20, unit: '日', comparator: null, from: 45 })).toBe('由 45 日 变为 20 日');
  });
  it('writes numbers without float noise', () => {
    expect(formatNumber(5.5)).toBe('5.5');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(2000)).toBe('2000');
  });
});

describe('excerpts', () => {
  it('marks every keyword, longest first', () => {
    expect(splitMarks('推行水电气联合报装，用水报装', ['水电气', '报装', '用水'])).toEqual([
      { text: '推行', mark: false }, { text: '水电气', mark: true }, { text: '联合', mark: false }, { text: '报装', mark: true },
      { text: '，', mark: false }, { text: '用水', mark: true }, { text: '报装', mark: true },
    ]);
    expect(splitMarks('无关键词', [])).toEqual([{ text: '无关键词', mark: false }]);
    // Keywords are text, never patterns: "+", "(" and "." match only themselves.
    expect(splitMarks('互联网+政务(一)a.b', ['网+政', '(一)', '.'])).toEqual([
      { text: '互联', mark: false }, { text: '网+政', mark: true }, { text: '务', mark: false }, { text: '(一)', mark: true },
      { text: 'a', mark: false }, { text: '.', mark: true }, { text: 'b', mark: false },
    ]);
  });
  it('cuts long text at a sentence end when one is near, else with an ellipsis', () => {
    expect(trimText('短文本。')).toEqual({ text: '短文本。', cut: false });
    const long = `${'甲'.repeat(60)}。${'乙'.repeat(60)}`;
    expect(trimText(long, 90)).toEqual({ text: `${'甲'.repeat(60)}。`, cut: true });
    expect(trimText('丙'.repeat(100), 90)).toEqual({ text: `${'丙'.repeat(90)}…`, cut: true });
  });
});
