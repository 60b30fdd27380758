import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linkTree } from '../../scripts/build-fs.ts';

const dir = mkdtempSync(join(tmpdir(), 'link-tree-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('linkTree', () => {
  it('puts every file of a tree at its path in another as the same file, replacing what was there', async () => {
    const from = join(dir, 'from');
    const to = join(dir, 'to');
    mkdirSync(join(from, 'search', 's'), { recursive: true });
    writeFileSync(join(from, 'search', 's', '1.bin'), 'shard');
    writeFileSync(join(from, 'a.txt'), '新的');
    mkdirSync(to, { recursive: true });
    writeFileSync(join(to, 'a.txt'), '旧的');
    writeFileSync(join(to, 'kept.html'), 'page');
    await linkTree(from, to);
    expect(readFileSync(join(to, 'search', 's', '1.bin'), 'utf8')).toBe('shard');
    expect(readFileSync(join(to, 'a.txt'), 'utf8')).toBe('新的');
    expect(statSync(join(to, 'a.txt')).ino).toBe(statSync(join(from, 'a.txt')).ino);
    expect(readFileSync(join(to, 'kept.html'), 'utf8')).toBe('page');
  });
});
