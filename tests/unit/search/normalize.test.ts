import { describe, expect, it } from 'vitest';
import { fold, foldChar, foldText } from '../../../src/lib/search/normalize.ts';

describe('foldText', () => {
  it('folds every BMP character as foldChar does (its regex lists exactly what foldChar changes)', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (foldText(ch) !== foldChar(ch)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('agrees with fold on mixed text: full-width, Latin, stray spaces', () => {
    const text = '（一）优化 营商 环境，ＡＰＰ办理\u3000“一网通办”APP\u200b12345';
    expect(foldText(text)).toBe(fold(text).text);
    expect(foldText(text)).toBe('(一)优化营商环境,app办理“一网通办”app12345');
  });
});
