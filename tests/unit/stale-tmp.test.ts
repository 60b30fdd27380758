import { describe, expect, it } from 'vitest';
import { staleTmpFolders, tmpFoldersOf } from '../../scripts/lib/stale-tmp.ts';

// Which leftovers of killed builds the next build removes: only those whose process is gone.
const entries = ['dist', 'dist.tmp-101', 'dist.old-102', 'dist.tmp-200', 'dist.tmp-7', 'dist.tmp-abc', 'dist.tmp-', 'distx.tmp-103', 'generated.tmp-104', 'dist.tmp-105.bak', 'README.md'];

describe('stale build folders', () => {
  it('recognises <target>.tmp-<pid> and <target>.old-<pid> of that target only', () => {
    expect(tmpFoldersOf('dist', entries)).toEqual([
      { name: 'dist.tmp-101', pid: 101 }, { name: 'dist.old-102', pid: 102 }, { name: 'dist.tmp-200', pid: 200 }, { name: 'dist.tmp-7', pid: 7 },
    ]);
    expect(tmpFoldersOf('generated', entries).map((f) => f.name)).toEqual(['generated.tmp-104']);
  });
  it('removes the folders of dead builds, never a live build\'s nor its own', () => {
    const alive = (pid: number) => pid === 200;
    expect(staleTmpFolders('dist', entries, 7, alive).map((f) => f.name)).toEqual(['dist.tmp-101', 'dist.old-102']);
  });
  it('removes nothing when every build is alive, or nothing is left over', () => {
    expect(staleTmpFolders('dist', entries, 1, () => true)).toEqual([]);
    expect(staleTmpFolders('dist', ['dist', 'src'], 1, () => false)).toEqual([]);
  });
});
