import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { writePublished } from '../../scripts/published-files-fs.ts';

describe('writePublished', () => {
  const dir = mkdtempSync(join(tmpdir(), 'published-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes plain files as text and a .gz file as gzip members that decompress to its pieces in order', () => {
    writePublished(dir, [
      { path: 'data/measures.csv.gz', content: '\uFEFFid,text\r\n' },
      { path: 'data/plans/a-2021.json', content: '{"slug":"a-2021"}' },
      { path: 'data/measures.csv.gz', content: 'a-2021-m1,牵头单位：市发展改革委\r\n', append: true },
      { path: 'data/measures.csv.gz', content: 'b-2023-m2,"含,逗号"\r\n', append: true },
    ]);
    const gz = readFileSync(join(dir, 'data/measures.csv.gz'));
    expect([...gz.subarray(0, 2)]).toEqual([0x1f, 0x8b]);
    expect(gunzipSync(gz).toString('utf8')).toBe('\uFEFFid,text\r\na-2021-m1,牵头单位：市发展改革委\r\nb-2023-m2,"含,逗号"\r\n');
    expect(readFileSync(join(dir, 'data/plans/a-2021.json'), 'utf8')).toBe('{"slug":"a-2021"}');
  });

  it('fails on a piece whose file was never begun, naming the file', () => {
    expect(() => writePublished(dir, [{ path: 'data/missing/x.csv.gz', content: 'x', append: true }])).toThrow(/data\/missing\/x\.csv\.gz/);
  });
});
