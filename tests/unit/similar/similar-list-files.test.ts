import { describe, expect, it } from 'vitest';
import { sketchPlan } from '../../../scripts/lib/similar/similar-files.ts';
import { similarListFiles } from '../../../scripts/lib/similar/similar-list-files.ts';

const plan = (slug: string, region: string, year: number | null, texts: string[]) => ({
  slug, meta: { region, year } as never,
  measures: texts.map((text, i) => ({ id: `${slug}-m${i + 1}`, n: i + 1, anchor: `m${i + 1}`, text })),
});
const a = sketchPlan(plan('a-2021', '甲市', 2021, ['推行一照多址改革，简化登记。', '无关的举措。']), []);
const b = sketchPlan(plan('b-2022', '乙县', 2022, ['全面推行一照多址改革。', '推行一照多址。']), []);
const c = sketchPlan(plan('c', '丙省', null, ['实行一照多址。']), []);
const read = (files: { path: string; content: string | Uint8Array }[], path: string) =>
  JSON.parse(String(files.find((f) => f.path === path)!.content)) as Record<string, [string, string, number, string[]][]>;

describe('similarListFiles', () => {
  it('writes one list file per plan with a similar measure, entries linked and labelled, excerpt strings marking the shared wording', () => {
    const similar = new Map([
      ['a-2021-m1', [{ id: 'b-2022-m1', score: 0.83 }, { id: 'b-2022-m2', score: 0.5 }, { id: 'c-m1', score: 0.41 }]],
      ['b-2022-m1', [{ id: 'a-2021-m1', score: 0.83 }]],
    ]);
    const files = [...similarListFiles([a, b, c], similar)];
    expect(files.map((f) => f.path)).toEqual(['public/plans/a-2021/similar.json.gz', 'public/plans/b-2022/similar.json.gz']);
    const listA = read(files, 'public/plans/a-2021/similar.json.gz');
    expect(Object.keys(listA)).toEqual(['m1']);
    // One entry per other plan: b-2022-m2 is the same plan's second match and is left out.
    expect(listA.m1!.map(([url, label, score]) => [url, label, score])).toEqual([
      ['/plans/b-2022/#m1', '乙县 2022 · 措施 1', 83],
      ['/plans/c/#m1', '丙省 · 措施 1', 41],
    ]);
    const [, , , pieces] = listA.m1![0]!;
    expect(pieces.join('')).toBe('全面推行一照多址改革。');
    expect(pieces.filter((_, i) => i % 2 === 1).join('')).toContain('一照多址');
  });

  it('cuts a long other text to an excerpt around the shared wording', () => {
    const long = sketchPlan(plan('d', '丁市', 2023, [`${'前文'.repeat(60)}推行一照多址改革${'后文'.repeat(60)}`]), []);
    const files = [...similarListFiles([a, long], new Map([['a-2021-m1', [{ id: 'd-m1', score: 0.3 }]]]))];
    const text = read(files, 'public/plans/a-2021/similar.json.gz').m1![0]![3].join('');
    expect(text).toMatch(/^….*一照多址.*…$/);
    expect(text.length).toBeLessThan(70);
  });

  it('writes nothing when no measure has a similar one, and skips ids it does not know', () => {
    expect([...similarListFiles([a, b], new Map())]).toEqual([]);
    expect(read([...similarListFiles([a], new Map([['a-2021-m2', [{ id: 'zz-m9', score: 0.9 }]]]))], 'public/plans/a-2021/similar.json.gz')).toEqual({ m2: [] });
  });
});
