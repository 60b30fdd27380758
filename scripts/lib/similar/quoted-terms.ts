/**
 * Named practices a measure commits to, as plans write them: in quotation marks
 * (“一照多址”, “川渝通办”, “双随机、一公开”, "证照分离", 「多测合一」). Two measures that quote the
 * same rare name commit to the same practice even when the rest of their wording differs
 * (四川 "统筹推进“一照多址”改革试点" and 巫山's long 开办企业 paragraph "推动“一照多址”“一址多照”").
 * Names plans write unquoted ("扩大简易注销试点范围") come from content/practice-names.json.
 */

const QUOTED = /[“"「『]([^“”"「」『』\n]{2,16})[”"」』]/gu;

/** Hash of a term's text (FNV-1a over UTF-16 code units). */
function termHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The quoted names of a text and the curated `practices` it names, punctuation and spaces inside removed, as sorted distinct hashes. */
export function quotedTerms(text: string, practices: readonly string[] = []): Uint32Array {
  const ids = new Set<number>();
  if (practices.length > 0) {
    const bare = text.replace(/[\s、“”"「」『』+＋]/gu, '');
    for (const name of practices) if (bare.includes(name)) ids.add(termHash(name.replace(/[+＋]/gu, '')));
  }
  for (const m of text.matchAll(QUOTED)) {
    // “川渝通办（第一批）” names the practice 川渝通办: a bracketed batch or scope is dropped.
    const term = m[1]!.replace(/[（(][^）)]*[）)]/gu, '').replace(/[\s、，,·・+＋]/gu, '');
    // A quoted number or a single word of two characters ("放管服" is three) is not a practice name.
    if (term.length >= 3 && !/^[\d.%]+$/u.test(term)) ids.add(termHash(term));
  }
  return Uint32Array.from([...ids].sort((a, b) => a - b));
}
