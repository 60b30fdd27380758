/**
 * A lock around `astro build`: Astro writes its content-collection manifest to the project's
 * `.astro/content-modules.mjs` whatever the output folder, so two builds of different corpora
 * running at once (tests side by side, the bench) would load each other's plans.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** True when a process with that pid is running on this machine. */
export function alive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; }
}

/** Runs `fn` while holding the lock folder `<root>/.astro-build.lock`; waits for another build, takes over a dead one's lock. */
export async function withAstroLock<T>(root: string, fn: () => T | Promise<T>): Promise<T> {
  const dir = resolve(root, '.astro-build.lock');
  let said = false;
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(resolve(dir, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let owner = NaN;
      try { owner = Number(readFileSync(resolve(dir, 'pid'), 'utf8')); } catch { /* being written: wait */ }
      if (Number.isInteger(owner) && !alive(owner)) { rmSync(dir, { recursive: true, force: true }); continue; }
      if (!said) { console.log(`waiting for another astro build of this project (pid ${owner}) to finish`); said = true; }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try { return await fn(); } finally { rmSync(dir, { recursive: true, force: true }); }
}
