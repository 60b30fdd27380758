/**
 * Finds the full names of divisions in a text ("中共泰州市海陵区委办公室" → 泰州市, 海陵区), longest
 * first and without overlaps. Names that are also ordinary words are kept only where a parent is
 * named too: "城区" in "阳泉市城区" is 阳泉's, in "主城区" nobody's; "南县" in "湖南县域" is no county.
 */
import { nested, type Division, type Gazetteer } from './gazetteer.ts';

/** A division name found in a text. */
export interface Hit {
  /** The name as found, "海陵区". */
  name: string;
  /** Offset in the text. */
  at: number;
  /** Divisions it may be (several for 朝阳区, 鼓楼区). */
  divisions: readonly Division[];
}

/** Names that are ordinary words too ("城区" = urban area): trusted only beside a parent. */
const COMMON_WORDS = new Set(['城区', '郊区', '矿区', '东区', '西区', '南区', '北区']);

/**
 * What may stand just before a name that starts a phrase, as data: the start, a space or
 * punctuation ("《巫山县…"), "中共" ("中共泰州市…"), "关于印发" / "关于" / "印发" (titles), or
 * another name ("重庆市巫山县"). Two-character names ("忠县", "南县") elsewhere are taken for
 * parts of words ("湖南县域") unless their parent is named too.
 */
const PHRASE_START = /(?:^|[\s《〈“"'（(、，,：:；;]|中共|关于|印发)$/u;

/** Every name of a division in `text`, in order; at each offset the longest name wins. */
export function scanDivisions(g: Gazetteer, text: string): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < text.length;) {
    let hit: Hit | null = null;
    for (let len = Math.min(g.longest, text.length - i); len >= 2 && !hit; len--) {
      const divisions = g.byName.get(text.slice(i, i + len));
      if (divisions) hit = { name: text.slice(i, i + len), at: i, divisions };
    }
    if (hit) hits.push(hit);
    i += hit ? hit.name.length : 1;
  }
  const afterName = (h: Hit) => hits.some((o) => o.at + o.name.length === h.at);
  const weak = (h: Hit) => COMMON_WORDS.has(h.name) || (h.name.length <= 2 && !afterName(h) && !PHRASE_START.test(text.slice(0, h.at)));
  const strong = hits.filter((h) => !weak(h));
  // A weak name counts only as a division inside (or around) a strong one named in the same text.
  return hits.flatMap((h) => {
    if (!weak(h)) return [h];
    const divisions = h.divisions.filter((d) => strong.some((s) => s.divisions.some((e) => e !== d && nested(d, e))));
    return divisions.length > 0 ? [{ ...h, divisions }] : [];
  });
}
