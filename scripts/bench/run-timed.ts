/** Runs a command to completion with its wall time, output and peak memory of its process tree. */
import { spawn } from 'node:child_process';
import { watchTree, type TreePeaks } from './proc-tree.ts';

/** What a timed run produced. */
export interface TimedRun {
  status: number | null;
  /** Wall-clock seconds from spawn to exit. */
  seconds: number;
  output: string;
  peaks: TreePeaks;
}

/** Spawns `cmd args` and waits for it; memory labels pick processes by a word of their command line. */
export function runTimed(cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; labels?: string[] }): Promise<TimedRun> {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const watch = watchTree(child.pid!, opts.labels ?? []);
    let output = '';
    child.stdout.on('data', (d: Buffer) => { output += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { output += d.toString(); });
    child.on('error', (e) => { watch.stop(); fail(e); });
    child.on('close', (status) => done({ status, seconds: (performance.now() - t0) / 1000, output, peaks: watch.stop() }));
  });
}
