import { describe, expect, it } from 'vitest';
import { firstShared, fourGrams, piecesIn, sharedPieces, type Piece } from '../../../src/lib/similar/shared-spans.ts';

/** Each character of the pieces with its mark: "1" shared, "0" not. */
const marks = (pieces: Piece[]) => pieces.map((p) => (p.shared ? '1' : '0').repeat(p.text.length)).join('');

// Texts over a four-character alphabet share many four-character stretches at random places.
let seed = 7;
const rand = () => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed / 2 ** 31; };
const text = (n: number) => Array.from({ length: n }, () => '改革推进 '[Math.floor(rand() * 5)]).join('');

describe('piecesIn', () => {
  it('marks a window of a text as the whole text marked and then cut, stretches reaching into it included', () => {
    for (let k = 0; k < 200; k++) {
      const own = text(40);
      const other = text(60);
      const grams = fourGrams(own);
      const whole = marks(sharedPieces(own, other));
      const from = Math.floor(rand() * 60);
      const to = from + Math.floor(rand() * (60 - from));
      const part = piecesIn(grams, other, from, to);
      expect(part.map((p) => p.text).join('')).toBe(other.slice(from, to));
      expect(marks(part)).toBe(whole.slice(from, to));
      // Neighbours differ in kind: a window is cut into as few pieces as it can be.
      part.forEach((p, i) => { if (i > 0) expect(p.shared).not.toBe(part[i - 1]!.shared); });
    }
  });

  it('finds where the first shared stretch starts, or -1', () => {
    const grams = fourGrams('推行一照多址改革');
    expect(firstShared(grams, '全面推行一照多址')).toBe(2);
    expect(firstShared(grams, '一照 多址')).toBe(-1);
  });
});
