import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// A build killed part-way leaves <target>.tmp-<pid> folders; the next build removes them once
// their process is gone, and leaves a live build's alone.
const root = resolve(import.meta.dirname, '../..');
const work = resolve(root, 'tests/.work/stale-tmp');

/** A pid that was used and is now free: a process that has exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

describe('leftovers of killed builds', () => {
  it('the data build removes stale src/generated and dist tmp folders, not a live one', () => {
    rmSync(work, { recursive: true, force: true });
    const seeds = resolve(work, 'seeds');
    mkdirSync(seeds, { recursive: true });
    cpSync(resolve(root, 'seeds/004_b2971cae07934bcd.txt'), resolve(seeds, 'a.txt'));
    const generated = resolve(work, 'generated');
    const site = resolve(work, 'site');
    const dead = deadPid();
    // Killed builds' folders (with a file inside, as a half-written output has) and a live one's: this test's own pid.
    const stale = [`${generated}.tmp-${dead}`, `${generated}.old-${dead}`, `${site}.tmp-${dead}`];
    const live = `${site}.tmp-${process.pid}`;
    for (const dir of [...stale, live]) {
      mkdirSync(resolve(dir, 'model'), { recursive: true });
      writeFileSync(resolve(dir, 'model/half.json'), '{"slug":');
    }
    const env = { ...process.env, SEEDS_DIR: seeds, GENERATED_DIR: generated, OUT_DIR: site, BUILD_THREADS: '1' };
    const r = spawnSync(process.execPath, ['scripts/build.ts', '--data'], { cwd: root, env, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    for (const dir of stale) expect(existsSync(dir), dir).toBe(false);
    expect(existsSync(live)).toBe(true);
    expect(r.stdout).toContain(`removed generated.tmp-${dead}, left by a build that is no longer running`);
    expect(r.stdout).toContain(`removed site.tmp-${dead}, left by a build that is no longer running`);
    expect(existsSync(resolve(generated, 'model/wushan-2021.json'))).toBe(true);
    rmSync(work, { recursive: true, force: true });
  });
});
