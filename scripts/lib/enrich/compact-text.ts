/**
 * Keyword and number matching runs on a compact view of the text. PDF extraction scatters
 * whitespace through Chinese ("压减至 60 个工作日以内", "劳动力 市场监管", "社会投资\n\n小型低风险"),
 * and plans mix full-width and half-width forms ("（一）" / "(一)", "８０％" / "80%"). The compact
 * view drops whitespace and folds full-width ASCII (U+FF01–U+FF5E) to ASCII. Nothing else is folded:
 * NFKC would turn the 资阳 table's "①" markers into the digit 1. `offsets[i]` is the index in the
 * input of compact character i, so any compact span maps back to an exact substring of the input.
 */

/** A compact view of a string and where each of its characters came from. */
export interface CompactText {
  /** The text without whitespace, full-width ASCII folded. */
  text: string;
  /** Index in the original string of each compact character. */
  offsets: number[];
}

/** Fold one full-width ASCII character ("％" → "%", "（" → "(", "１" → "1"); others unchanged. */
export function foldWidth(ch: string): string {
  const code = ch.charCodeAt(0);
  return ch.length === 1 && code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : ch;
}

/** JavaScript's \s, by code unit: this test runs for every character of every clause, a regex per character was the pipeline's hot spot. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Compact view of `s`, skipping whitespace and the characters of any `skip` span [start, end). */
export function compactText(s: string, skip: Array<[number, number]> = []): CompactText {
  let text = '';
  const offsets: number[] = [];
  // Kept characters are appended a run at a time (a slice), not one string per character.
  let run = 0;
  // Skipped positions as a mask: testing every span at every character was quadratic on a
  // paragraph of thousands of notes ("（牵头单位：县政府）" × 50 000 took 90 s).
  const skipped = skip.length > 0 ? new Uint8Array(s.length) : null;
  for (const [a, b] of skip) skipped!.fill(1, Math.max(0, a), Math.min(s.length, b));
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const dropped = isSpace(c) || (skipped !== null && skipped[i] === 1);
    if (!dropped && (c < 0xff01 || c > 0xff5e)) {
      offsets.push(i);
      continue;
    }
    text += s.slice(run, i);
    run = i + 1;
    if (dropped) continue;
    text += String.fromCharCode(c - 0xfee0);
    offsets.push(i);
  }
  return { text: text + s.slice(run), offsets };
}

/** The exact input substring behind compact span [from, to). */
export function originalSlice(source: string, c: CompactText, from: number, to: number): string {
  if (to <= from) return '';
  return source.slice(c.offsets[from]!, c.offsets[to - 1]! + 1);
}
