import { describe, expect, it } from 'vitest';
import type { Drafted } from '../../scripts/lib/draft-plan.ts';
import { mergeDrafts } from '../../scripts/lib/merge-drafts.ts';

// Drafts as the build's threads make them: each slug chosen as if no other plan had it yet.
const ok = (file: string, slug: string, keys: string[] = [`text:${file}`]): Drafted<string> => ({ file, ok: true, slug, keys, value: `${file}→${slug}` });

describe('mergeDrafts', () => {
  it('keeps drafts in order and redrafts a slug taken by an earlier plan', () => {
    const asked: string[] = [];
    const { kept, errors } = mergeDrafts([ok('a.txt', 'x-2023'), ok('b.txt', 'x-2023'), ok('c.txt', 'y')], (file, taken) => {
      asked.push(file);
      let slug = 'x-2023';
      for (let k = 2; taken(slug); k++) slug = `x-2023-${k}`;
      return ok(file, slug);
    });
    expect(errors).toEqual([]);
    expect(asked).toEqual(['b.txt']);
    expect(kept).toEqual(['a.txt→x-2023', 'b.txt→x-2023-2', 'c.txt→y']);
  });

  it('rejects duplicates by text or 文号, naming the kept file, and does not let them take a slug', () => {
    const { kept, errors } = mergeDrafts([
      ok('a.txt', 's', ['text:T', 'docNumber:川办发〔2021〕1号']),
      ok('b.txt', 's2', ['text:T']),
      ok('c.txt', 's3', ['text:U', 'docNumber:川办发〔2021〕1号']),
      ok('d.txt', 's2', ['text:V']),
    ], () => { throw new Error('no redraft expected'); });
    expect(kept).toEqual(['a.txt→s', 'd.txt→s2']);
    expect(errors.map((e) => e.message)).toEqual([
      'b.txt: duplicate plan: the same text as a.txt; keep one of the two files',
      'c.txt: duplicate plan: the same 文号 川办发〔2021〕1号 as a.txt; keep one of the two files',
    ]);
  });

  it('turns rejected drafts into input errors and raises a fatal draft only when it would be kept', () => {
    const bad: Drafted<string> = { file: 'bad.txt', ok: false, error: { line: 3, reason: 'binary' } };
    expect(mergeDrafts([bad], () => bad).errors[0]!.message).toBe('bad.txt:3: binary');
    const fatal: Drafted<string> = { file: 'z.txt', ok: true, slug: 'z', keys: ['text:T'], fatal: 'ZodError' };
    expect(mergeDrafts([ok('a.txt', 'a', ['text:T']), fatal], () => fatal).errors).toHaveLength(1);
    expect(() => mergeDrafts([fatal], () => fatal)).toThrow(/z\.txt: ZodError/);
  });
});
