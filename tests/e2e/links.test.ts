import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSite } from '../../scripts/check-links.ts';
import { checkLinks } from '../../scripts/lib/check/check-links.ts';

const root = resolve(import.meta.dirname, '../..');
/** Built once by global-setup.ts from seeds/. */
const SITE = resolve(root, 'tests/.work/site');

const checkCli = (dir: string) => spawnSync(process.execPath, ['scripts/check-links.ts', dir], { cwd: root, encoding: 'utf8' });

describe('link integrity of the built site', () => {
  it('has no broken internal link, no missing #anchor and no reference to another origin', () => {
    const site = readSite(SITE);
    const pages = [...site.keys()].filter((p) => p.endsWith('.html'));
    // Home and the five plan pages at least: an empty folder must not pass for a clean site.
    expect(pages.length).toBeGreaterThanOrEqual(6);
    expect(checkLinks(site).map((b) => `${b.page} -> ${b.href} (${b.reason})`)).toEqual([]);
    const r = checkCli(SITE);
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });
  it('fails, naming page, link and reason, when a page of that site gets a dead anchor and a foreign script', () => {
    const copy = resolve(root, 'tests/.work/links-broken');
    rmSync(copy, { recursive: true, force: true });
    cpSync(SITE, copy, { recursive: true });
    const page = resolve(copy, 'plans/zigong-2021/index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('</main>', '<a href="#m999">x</a><script src="https://cdn.example.com/x.js"></script></main>'));
    const r = checkCli(copy);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('plans/zigong-2021/index.html -> #m999 (no element with id "m999" in plans/zigong-2021/index.html)');
    expect(r.stdout).toContain('plans/zigong-2021/index.html -> https://cdn.example.com/x.js (points to another origin');
    rmSync(copy, { recursive: true, force: true });
  });
});
