import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

const root = resolve(import.meta.dirname, '../..');
/** Site built once for all browser tests, from the real seeds. */
export const SITE_DIR = resolve(root, 'tests/.work/site');
let server: ChildProcess | undefined;

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the served test site, with a trailing slash. */
    baseURL: string;
  }
}

/** Builds the site from seeds/ into tests/.work/site and serves it on a free port. */
export async function setup(project: TestProject): Promise<void> {
  const env = { ...process.env, OUT_DIR: SITE_DIR, GENERATED_DIR: resolve(root, 'tests/.work/generated') };
  const build = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, env, stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`building the test site failed (exit ${build.status})`);
  server = spawn(process.execPath, ['scripts/serve.mjs', SITE_DIR, '--port', '0'], { cwd: root });
  const url = await new Promise<string>((ok, fail) => {
    let out = '';
    server!.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /http:\/\/[\d.]+:\d+\//.exec(out);
      if (m) ok(m[0]);
    });
    server!.on('exit', (code) => fail(new Error(`serve.mjs exited with ${code}: ${out}`)));
  });
  project.provide('baseURL', url);
}

/** Stops the server. */
export async function teardown(): Promise<void> {
  server?.kill();
}
