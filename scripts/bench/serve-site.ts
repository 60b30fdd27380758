/** Serves a built site with the project's own static server on a free port. */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

/** A running server: its base URL (with trailing slash) and how to stop it. */
export interface Served {
  url: string;
  stop: () => void;
}

/** Starts scripts/serve.mjs on `dir` and resolves once it prints its URL. */
export function serveSite(root: string, dir: string): Promise<Served> {
  const child = spawn(process.execPath, [resolve(root, 'scripts/serve.mjs'), dir, '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((done, fail) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /http:\/\/[\d.]+:\d+\//.exec(out);
      if (m) done({ url: m[0], stop: () => { child.kill(); } });
    });
    child.stderr.on('data', (d: Buffer) => { out += d.toString(); });
    child.on('exit', (code) => fail(new Error(`serve.mjs ${dir} exited with ${code}: ${out}`)));
  });
}
