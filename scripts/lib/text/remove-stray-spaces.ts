/**
 * PDF-to-text extraction scatters whitespace through Chinese text:
 *   "自贡市 2021 年营商环境"    (spaces around numbers)
 *   "获得 电力费用"             (a space inside a word)
 *   "税务 Ukey（电子密钥）"     (around Latin tokens)
 *   "市\n\n经济和信息化局"       (a page break inside a unit name)
 *   "巫山县人民政府办公室　　　" (full-width U+3000 padding)
 * Chinese never separates words with spaces, so a whitespace run touching a CJK
 * character or CJK/full-width punctuation is an artefact and is dropped. Runs
 * between Latin/digit tokens ("single window") are kept, collapsed to one space.
 *
 * Note: newlines are whitespace too, so apply this per paragraph when paragraph
 * breaks matter; and it also joins "# 标题" into "#标题" (markdown is the caller's job).
 */

/** Han ideographs plus CJK and full-width punctuation/symbols. */
const CJK = new RegExp(
  '[' +
    '\\p{Script=Han}' +
    '\\u2014-\\u2026' + // — ― ‘ ’ “ ” … (Chinese quotes and dashes)
    '\\u00B7' + // · middle dot
    '\\u2E80-\\u2FDF' + // radicals
    '\\u3000-\\u303F' + // 、。〔〕《》「」 (U+3000 itself is whitespace and never a neighbour)
    '\\u31C0-\\u31EF\\u3200-\\u33FF' + // strokes, enclosed CJK, compatibility
    '\\uFE30-\\uFE4F' + // CJK compatibility forms
    '\\uFF00-\\uFFEF' + // （）：，；０-９ full-width forms
    '\\u2460-\\u24FF' + // ① circled numbers (资阳 "…施工图审查费用。 ①")
    '\\u2190-\\u22FF\\u25A0-\\u27BF' + // ⊙ and the measure markers ▲△○◎☆★● among the text
    ']',
  'u',
);

function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

/** The code point ending just before `offset` (handles surrogate pairs, e.g. CJK Ext-B). */
function charBefore(s: string, offset: number): string | undefined {
  if (offset <= 0) return undefined;
  const low = s.charCodeAt(offset - 1);
  if (low >= 0xdc00 && low <= 0xdfff && offset >= 2) {
    const cp = s.codePointAt(offset - 2);
    if (cp !== undefined && cp > 0xffff) return String.fromCodePoint(cp);
  }
  return s[offset - 1];
}

/** The code point starting at `offset`. */
function charAt(s: string, offset: number): string | undefined {
  const cp = s.codePointAt(offset);
  return cp === undefined ? undefined : String.fromCodePoint(cp);
}

/** Remove whitespace that PDF extraction put next to Chinese text; collapse the rest; trim. */
export function removeStraySpaces(s: string): { text: string; removed: number } {
  let removed = 0;
  const text = s.replace(/\s+/gu, (run: string, offset: number, whole: string) => {
    const before = charBefore(whole, offset);
    const after = charAt(whole, offset + run.length);
    // Leading/trailing runs (trim) and runs touching CJK are dropped whole.
    if (before === undefined || after === undefined || isCjk(before) || isCjk(after)) {
      removed += run.length;
      return '';
    }
    // "7 ×  24" / "single\twindow": keep one ASCII space between Latin/digit tokens.
    removed += run.length - 1;
    return ' ';
  });
  return { text, removed };
}
