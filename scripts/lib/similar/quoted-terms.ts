/**
 * Named practices a measure commits to, as plans write them: in quotation marks
 * (“一照多址”, “川渝通办”, “双随机、一公开”, "证照分离", 「多测合一」). Two measures that quote the
 * same rare name commit to the same practice even when the rest of their wording differs
 * (四川 "统筹推进“一照多址”改革试点" and 巫山's long 开办企业 paragraph "推动“一照多址”“一址多照”").
 */

const QUOTED = /[“"「『]([^“”"「」『』\n]{2,16})[”"」』]/gu;

/** Hash of a term's text (FNV-1a over UTF-16 code units). */
function termHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The quoted names of a text, punctuation and spaces inside removed, as sorted distinct hashes. */
export function quotedTerms(text: string): Uint32Array {
  const ids = new Set<number>();
  for (const m of text.matchAll(QUOTED)) {
    const term = m[1]!.replace(/[\s、，,·・]/gu, '');
    // A quoted number or a single word of two characters ("放管服" is three) is not a practice name.
    if (term.length >= 3 && !/^[\d.%]+$/u.test(term)) ids.add(termHash(term));
  }
  return Uint32Array.from([...ids].sort((a, b) => a - b));
}
