import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/model/schema.ts';
import { bigPlan } from '../fixtures/big-plan.ts';

// The hostile-input corpus, each with its documented outcome (README, "Adding a plan").
const root = resolve(import.meta.dirname, '../..');
const work = resolve(root, 'tests/.work/corpus');

function build(seeds: string, name: string) {
  const env = { ...process.env, SEEDS_DIR: seeds, OUT_DIR: resolve(work, `${name}-site`), GENERATED_DIR: resolve(work, `${name}-generated`) };
  const r = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, env, encoding: 'utf8' });
  const model = (slug: string) => JSON.parse(readFileSync(resolve(env.GENERATED_DIR, 'model', `${slug}.json`), 'utf8')) as Plan;
  return { status: r.status, out: `${r.stdout}\n${r.stderr}`, site: env.OUT_DIR, model };
}

describe('hostile-input corpus', () => {
  it('GB18030, UTF-8 with BOM and CRLF, no headings, names with spaces and Chinese: all render', () => {
    const r = build(resolve(root, 'tests/fixtures/corpus'), 'ok');
    expect(r.status, r.out).toBe(0);
    // GB18030 file "巫溪县 方案 GB18030.txt": decoded, parsed like its UTF-8 original.
    const wuxi = r.model('wuxi-2021');
    expect(wuxi.meta).toMatchObject({ title: '巫溪县2021年深化“放管服”改革优化营商环境实施方案', region: '巫溪县', province: '重庆市', docNumber: '巫溪府办发〔2021〕67号' });
    expect(wuxi.measures).toHaveLength(45);
    // BOM + CRLF: same structure as the 乐山 seed it was made from.
    const chengdu = r.model('chengdu-2023');
    expect(chengdu.measures).toHaveLength(23);
    expect(chengdu.artefacts).toMatchObject({ 'byte-order-mark': 1 });
    expect(chengdu.artefacts['crlf']).toBeGreaterThan(90);
    // No headings: a warning, paragraphs on the page.
    expect(r.out).toMatch(/warning: .*无标题 prose\.md: no recognisable structure/);
    const html = readFileSync(resolve(r.site, 'plans/prose/index.html'), 'utf8');
    expect(html).toContain('涉及企业开办的事项，原则上一日办结。');
    for (const slug of ['wuxi-2021', 'chengdu-2023', 'prose']) expect(existsSync(resolve(r.site, 'sources', `${slug}.txt`))).toBe(true);
  });
  it('a 10 MB plan builds and renders', { timeout: 600_000 }, () => {
    const seeds = resolve(work, 'big-seeds');
    rmSync(seeds, { recursive: true, force: true });
    mkdirSync(seeds, { recursive: true });
    const text = bigPlan(10_000_000);
    writeFileSync(resolve(seeds, '大 方案.txt'), text);
    expect(Buffer.byteLength(text)).toBeGreaterThan(10_000_000);
    const r = build(seeds, 'big');
    expect(r.status, r.out).toBe(0);
    const plan = r.model('daceshi-2021');
    expect(plan.measures.length).toBe(text.split('\n').filter((l) => /^\d+．/.test(l)).length);
    expect(readFileSync(resolve(r.site, 'plans/daceshi-2021/index.html'), 'utf8')).toContain(plan.measures[5000]!.text.slice(-25));
  });
});
