/**
 * Made-up region names for synthetic plans: "测" plus two cyclic characters (测甲乙市, 测乙丙县 …),
 * then, past the 651 pairs whose slugs differ, three (测甲乙丙市 …), so a corpus of 3,000 plans (issue 13) gets a
 * name each. "测" marks them as test data; none of the characters is an administrative suffix
 * (省市州县区旗盟), so the pipeline reads the whole name as the region, and names whose pinyin
 * slug would repeat an earlier one are skipped, so every plan gets its own URL. The pairs come
 * first and in the same order as before, so a corpus of N is still the first N plans of any
 * larger corpus.
 */
import { toPinyinSlug } from '../lib/text/to-pinyin-slug.ts';

const CHARS = [...'甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥东南西北中'];

/** Candidate stems in a fixed order: every pair of distinct characters, then every triple with no character twice in a row. */
function* candidates(): Generator<string> {
  for (const a of CHARS) for (const b of CHARS) if (a !== b) yield `测${a}${b}`;
  for (const a of CHARS) for (const b of CHARS) for (const c of CHARS) if (a !== b && b !== c) yield `测${a}${b}${c}`;
}

/** The first `n` made-up region stems (without suffix), in a fixed order. */
export function regionStems(n: number): string[] {
  const stems: string[] = [];
  const slugs = new Set<string>();
  for (const stem of candidates()) {
    if (stems.length === n) return stems;
    const slug = toPinyinSlug(`${stem}市`);
    if (slugs.has(slug)) continue;
    slugs.add(slug);
    stems.push(stem);
  }
  if (stems.length < n) throw new Error(`only ${stems.length} made-up region names available, ${n} asked`);
  return stems;
}
