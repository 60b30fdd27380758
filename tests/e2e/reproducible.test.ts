import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareTrees, listFiles } from './compare-trees.ts';

// Two builds of the same seeds, in different folders (so no absolute path can hide in the
// output) and with separate Astro caches, must give byte-identical sites: no timestamps, random
// ids or order-dependent output. A third build reuses the second one's warm cache.
const root = resolve(import.meta.dirname, '../..');
const work = resolve(root, 'tests/.work');

function build(name: string): string {
  const out = resolve(work, name);
  const env = { ...process.env, OUT_DIR: out, GENERATED_DIR: resolve(work, `${name}-generated`) };
  const r = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build into ${out} failed:\n${r.stdout}\n${r.stderr}`);
  return out;
}

describe('reproducible builds', () => {
  it('builds the seeds twice into byte-identical dist/ trees, cold cache and warm', () => {
    for (const name of ['repro-a', 'repro-b']) rmSync(resolve(work, name), { recursive: true, force: true });
    const a = build('repro-a');
    const b = build('repro-b');
    expect(listFiles(a).length).toBeGreaterThan(10);
    const cold = compareTrees(a, b);
    const warm = compareTrees(a, build('repro-b'));
    const report = [...cold.map((d) => `cold: ${d}`), ...warm.map((d) => `warm cache: ${d}`)];
    if (report.length > 0) {
      mkdirSync(work, { recursive: true });
      writeFileSync(resolve(work, 'repro-diff.txt'), `${report.join('\n')}\n`);
    }
    expect(report, `the two builds differ (also in tests/.work/repro-diff.txt):\n${report.slice(0, 30).join('\n')}`).toEqual([]);
  });
});

describe('compareTrees', () => {
  it('names files present on one side only and shows the first differing line', () => {
    const [a, b] = ['cmp-a', 'cmp-b'].map((n) => resolve(work, n));
    for (const [dir, files] of [[a, { 'x.html': '<p>1</p>\n<time>2021-01-01T00:00:00Z</time>\n', 'only-a.txt': '' }], [b, { 'x.html': '<p>1</p>\n<time>2026-11-22T02:00:00Z</time>\n' }]] as const) {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      for (const [f, text] of Object.entries(files)) writeFileSync(resolve(dir, f), text);
    }
    expect(compareTrees(a, b)).toEqual([
      `only in ${a}: only-a.txt`,
      'x.html differs at line 2, column 10:\n    a: <time>2021-01-01T00:00:00Z</time>\n    b: <time>2026-11-22T02:00:00Z</time>',
    ]);
  });
});
