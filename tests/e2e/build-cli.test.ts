import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The build as a person runs it: bad input stops it with messages naming file, line and
// reason, no stack trace, and the previous output untouched; hostile text builds and shows.
const root = resolve(import.meta.dirname, '../..');
const work = resolve(root, 'tests/.work/cli');

function build(seeds: string, name: string, extra: Record<string, string> = {}) {
  const env = { ...process.env, ...extra, SEEDS_DIR: seeds, OUT_DIR: resolve(work, `${name}-site`), GENERATED_DIR: resolve(work, `${name}-generated`) };
  const r = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, env, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}`, site: env.OUT_DIR, generated: env.GENERATED_DIR };
}

/** The pid of `parent`'s child whose command line holds `flag`, read from /proc; null while there is none. */
function childWith(parent: number, flag: string): number | null {
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces, so split after its ")".
      const ppid = Number(readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
      if (ppid === parent && readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').includes(flag)) return Number(name);
    } catch { /* the process ended while being read */ }
  }
  return null;
}

describe('build command', () => {
  it('stops on bad files with file:line: reason, no stack trace, previous output intact', () => {
    const seeds = resolve(work, 'bad-seeds');
    rmSync(work, { recursive: true, force: true });
    mkdirSync(seeds, { recursive: true });
    cpSync(resolve(root, 'tests/fixtures/bad'), seeds, { recursive: true });
    cpSync(resolve(root, 'seeds/004_b2971cae07934bcd.txt'), resolve(seeds, 'a.txt'));
    cpSync(resolve(root, 'seeds/004_b2971cae07934bcd.txt'), resolve(seeds, '巫山 副本.txt'));
    const site = resolve(work, 'bad-site');
    mkdirSync(site, { recursive: true });
    writeFileSync(resolve(site, 'index.html'), 'previous build');
    const r = build(seeds, 'bad');
    expect(r.status).toBe(1);
    expect(r.out).toContain(`error: ${seeds}/empty.txt: the file is empty (0 bytes); expected the text of a plan`);
    expect(r.out).toMatch(new RegExp(`error: ${seeds}/image\\.txt:2: looks like a binary file`));
    expect(r.out).toContain(`error: ${seeds}/巫山 副本.txt: duplicate plan: the same text as a.txt; keep one of the two files`);
    expect(r.out).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(readFileSync(resolve(site, 'index.html'), 'utf8')).toBe('previous build');
    expect(existsSync(r.generated)).toBe(false);
  });
  // "**" is removed everywhere as a markdown artefact (the seeds carry "**（五）优化外资外贸服务。**");
  // everything else stays literal.
  it('builds a plan full of MDX/HTML/JS syntax and shows it as text', () => {
    const r = build(resolve(root, 'tests/fixtures/hostile'), 'hostile');
    expect(r.status, r.out).toBe(0);
    const html = readFileSync(resolve(r.site, 'plans/ceshi-2021/index.html'), 'utf8');
    expect(html).not.toMatch(/<script>alert|<script>document|<img src=x|<style>body|<b>大数据|<i>各区/);
    for (const literal of ['&lt;script&gt;alert(1)&lt;/script&gt;', 'export const pwned', 'import 改革方案的通知 from', '&lt;!-- 不是注释 --&gt; --- 不是分隔线 ---',
      '{constructor.constructor(', '*强调*加粗[链接](http://example.com)', '&lt;Measure plan=', '~~删除~~', '“引号”与&#39;单引号&#39;']) {
      // Stray spaces next to Chinese text are removed on purpose; compare without whitespace.
      expect(html.replace(/\s+/g, '')).toContain(literal.replace(/\s+/g, ''));
    }
  });
  // The late data (shards, similar lists, /data/) runs in its own process beside Astro; killed
  // (out of memory, say), the build must stop Astro, say so, and leave the previous site alone.
  it('a killed late-data process fails the build with a message, the previous site intact', async () => {
    const site = resolve(work, 'late-site');
    mkdirSync(site, { recursive: true });
    writeFileSync(resolve(site, 'index.html'), 'previous build');
    const env = { ...process.env, SEEDS_DIR: resolve(root, 'seeds'), OUT_DIR: site, GENERATED_DIR: resolve(work, 'late-generated') };
    const child = spawn(process.execPath, ['scripts/build.ts'], { cwd: root, env });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const exited = new Promise<number | null>((ok) => child.once('exit', (code) => ok(code)));
    let late: number | null = null;
    for (let ended = false; late === null && !ended;) {
      late = childWith(child.pid!, '--data-late');
      ended = await Promise.race([exited.then(() => true), sleep(5).then(() => false)]);
    }
    expect(late, `no --data-late process seen:\n${out}`).not.toBeNull();
    process.kill(late!, 'SIGKILL');
    expect(await exited, out).toBe(1);
    expect(out).toContain(`build failed: the late data process exited with SIGKILL; ${site} is unchanged`);
    expect(out).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(readFileSync(resolve(site, 'index.html'), 'utf8')).toBe('previous build');
    expect(readdirSync(work).filter((f) => f.startsWith('late-site.tmp-'))).toEqual([]);
  });
  it('stops on a malformed content file, naming file and field, before touching any output', () => {
    const content = resolve(work, 'bad-content');
    rmSync(content, { recursive: true, force: true });
    cpSync(resolve(root, 'content'), content, { recursive: true });
    const metrics = JSON.parse(readFileSync(resolve(content, 'metrics.json'), 'utf8')) as { metrics: { unitFamily: string }[] };
    metrics.metrics[0]!.unitFamily = 'weight';
    writeFileSync(resolve(content, 'metrics.json'), JSON.stringify(metrics));
    writeFileSync(resolve(content, 'regions.json'), '{ "成都市": ');
    const r1 = build(resolve(root, 'seeds'), 'content', { CONTENT_DIR: content });
    expect(r1.status).toBe(1);
    expect(r1.out).toMatch(/error: content\/regions\.json is not valid JSON: /);
    writeFileSync(resolve(content, 'regions.json'), readFileSync(resolve(root, 'content/regions.json')));
    const r2 = build(resolve(root, 'seeds'), 'content', { CONTENT_DIR: content });
    expect(r2.status).toBe(1);
    expect(r2.out).toContain('error: content/metrics.json is not valid: metrics.0.unitFamily: Invalid option');
    for (const r of [r1, r2]) {
      expect(r.out).not.toMatch(/\n\s+at .+:\d+:\d+/);
      expect(existsSync(r.generated)).toBe(false);
      expect(existsSync(r.site)).toBe(false);
    }
  });
});
