import { describe, expect, it } from 'vitest';
import { findSimilar } from '../../../scripts/lib/similar/find-similar.ts';
import { measureShingles, wordingOf } from '../../../scripts/lib/similar/measure-shingles.ts';
import { quotedTerms } from '../../../scripts/lib/similar/quoted-terms.ts';
import { sharedPieces } from '../../../src/lib/similar/shared-spans.ts';

const item = (group: number, text: string, practices: string[] = []) => ({ group, shingles: measureShingles(text), terms: quotedTerms(text, practices) });
/** Filler measures so that idf means something: different topics, shared boilerplate. */
const filler = Array.from({ length: 40 }, (_, k) => `各地各部门要加强组织领导，落实第${k}项工作责任，确保各项任务按时完成，推动营商环境持续优化。专项${'甲乙丙丁戊己庚辛壬癸'[k % 10]}${k}`);

describe('findSimilar', () => {
  const base = filler.map((t, k) => item(k % 4, t));
  it('pairs two plans naming the same quoted practice, not measures of one plan', () => {
    const items = [...base, item(10, '统筹推进“一照多址”改革试点'), item(11, '简化住所登记要求，推动“一照多址”“一址多照”，加强企业名称保护'), item(10, '推动“一照多址”')];
    const hits = findSimilar(items);
    const [a, b, c] = [items.length - 3, items.length - 2, items.length - 1];
    expect(hits[a]!.map((h) => h.index)).toEqual([b]);
    expect(hits[b]!.map((h) => h.index).sort()).toEqual([a, c].sort());
    expect(hits[c]!.map((h) => h.index)).toEqual([b]);
  });
  it('pairs an unquoted curated practice name, and the same wording as score 1', () => {
    const items = [...base, item(10, '扩大简易注销试点范围', ['简易注销']), item(11, '深化企业简易注销改革，实行容错机制', ['简易注销']), item(12, '扩大简易注销试点范围', ['简易注销'])];
    const hits = findSimilar(items);
    expect(hits[items.length - 3]![0]).toEqual({ index: items.length - 1, score: 1 });
    expect(hits[items.length - 2]!.map((h) => h.index)).toContain(items.length - 3);
  });
  it('does not pair measures that share only boilerplate', () => {
    const hits = findSimilar(base);
    expect(hits.every((h) => h.length === 0)).toBe(true);
  });
  it('keeps at most `top` hits, best first', () => {
    const items = [...base, ...Array.from({ length: 9 }, (_, k) => item(20 + k, `全面推行“川渝通办”事项清单管理第${k}批`))];
    const hits = findSimilar(items, { top: 3 });
    expect(hits[items.length - 1]!.length).toBe(3);
  });
});

describe('wording and shared pieces', () => {
  it('leaves out duty notes and punctuation', () => {
    expect(wordingOf('推行一网通办。（市政务服务中心牵头，各县区负责）')).toBe('推行一网通办');
  });
  it('marks stretches of four or more shared characters', () => {
    expect(sharedPieces('统筹推进一照多址改革试点', '推动一照多址和一址多照')).toEqual([
      { text: '推动', shared: false }, { text: '一照多址', shared: true }, { text: '和一址多照', shared: false },
    ]);
  });
});

describe('sharedExcerpt', async () => {
  const { sharedExcerpt } = await import('../../../src/lib/similar/shared-excerpt.ts');
  it('keeps a short text whole and cuts a long one around its first shared stretch', () => {
    expect(sharedExcerpt('推动一照多址改革', '推动一照多址').map((p) => p.text).join('')).toBe('推动一照多址');
    const long = `${'甲'.repeat(200)}推动一照多址${'乙'.repeat(200)}`;
    const cut = sharedExcerpt('推动一照多址改革', long, 60);
    expect(cut[0]).toEqual({ text: '…', shared: false });
    expect(cut.at(-1)).toEqual({ text: '…', shared: false });
    expect(cut.filter((p) => p.shared).map((p) => p.text)).toEqual(['推动一照多址']);
    expect(cut.map((p) => p.text).join('').length).toBe(62);
  });
});
