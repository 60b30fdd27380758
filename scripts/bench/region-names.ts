/**
 * Made-up region names for synthetic plans: "测" plus two cyclic characters (测甲子市, 测乙丑县 …).
 * "测" marks them as test data; none of the characters is an administrative suffix (省市州县区旗盟),
 * so the pipeline reads the whole name as the region, and names whose pinyin slug would repeat
 * an earlier one are skipped, so every plan gets its own URL.
 */
import { toPinyinSlug } from '../lib/text/to-pinyin-slug.ts';

const CHARS = [...'甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥东南西北中'];

/** The first `n` made-up region stems (without suffix), in a fixed order. */
export function regionStems(n: number): string[] {
  const stems: string[] = [];
  const slugs = new Set<string>();
  for (const a of CHARS) {
    for (const b of CHARS) {
      if (stems.length === n) return stems;
      const stem = `测${a}${b}`;
      const slug = toPinyinSlug(`${stem}市`);
      if (a === b || slugs.has(slug)) continue;
      slugs.add(slug);
      stems.push(stem);
    }
  }
  if (stems.length < n) throw new Error(`only ${stems.length} made-up region names available, ${n} asked`);
  return stems;
}
