import { describe, expect, it } from 'vitest';
import { excerptStrings } from '../../../src/lib/similar/excerpt-strings.ts';

describe('excerptStrings: an excerpt as alternating plain and shared strings', () => {
  it('starts with plain text, merging neighbours of one kind', () => {
    expect(excerptStrings([{ text: '…推行', shared: false }, { text: '一照', shared: true }, { text: '多址', shared: true }, { text: '改革', shared: false }])).toEqual(['…推行', '一照多址', '改革']);
  });

  it('puts an empty plain string first when the excerpt opens with shared wording', () => {
    expect(excerptStrings([{ text: '一照多址', shared: true }, { text: '改革', shared: false }, { text: '…', shared: false }])).toEqual(['', '一照多址', '改革…']);
  });

  it('keeps every character', () => {
    const pieces = [{ text: 'a', shared: true }, { text: 'b', shared: false }, { text: 'c', shared: true }];
    expect(excerptStrings(pieces).join('')).toBe('abc');
    expect(excerptStrings([])).toEqual([]);
  });
});
