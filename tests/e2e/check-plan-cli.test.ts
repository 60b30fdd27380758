import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParseReport } from '../../src/model/schema.ts';

// `npm run check:plan` as a person runs it: a report per file without building the site,
// exit 0 when the file parses, 1 with file:line: reason when the build would reject it.
const root = resolve(import.meta.dirname, '../..');
const work = resolve(root, 'tests/.work/check-plan');
const seed = 'seeds/004_b2971cae07934bcd.txt';

function check(...args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/check-plan.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('check:plan command', () => {
  it('prints what the build recognises in a seed and exits 0', () => {
    const r = check(seed);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`${seed} → wushan-2021`);
    expect(r.stdout).toContain('metadata missing: none');
    expect(r.stdout).toContain('measures: 45 (45 with leads, 0 with partners, 2 with deadlines)');
    expect(r.stdout).toContain('artefacts removed: page-break 2');
    expect(r.stdout).toContain('unplaced lines: none');
  });
  it('lists the unplaced lines and missing fields of a plan with gaps, still exiting 0', () => {
    mkdirSync(work, { recursive: true });
    const file = resolve(work, 'gaps.txt');
    writeFileSync(file, '某县优化营商环境2022年工作方案\n一、提升服务\n（一）推行一网通办。（县政务服务中心牵头）\n（二）压减办理时间。（县市场监管局牵头）\n（三）推广电子证照。（县大数据局牵头）\n二、工作目标\n到年底，政务服务事项全部网上可办。\n责任单位：县政府办公室\n');
    const r = check(file);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/metadata missing: .*文号 \(docNumber\).*成文日期 \(issueDate\)/);
    expect(r.stdout).toContain('measures: 3 (3 with leads');
    // A marker in a framing section (工作目标) belongs to no measure: the report names its line.
    expect(r.stdout).toContain('line 8 (marker): 责任单位：县政府办公室');
  });
  it('--json gives one schema-valid report per file', () => {
    const r = check('--json', seed, 'seeds/000_d9eae3ed477b2fb2.txt');
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { file: string; slug: string; report: unknown }[];
    expect(out.map((o) => [o.file, o.slug])).toEqual([[seed, 'wushan-2021'], ['seeds/000_d9eae3ed477b2fb2.txt', 'zigong-2021']]);
    expect(ParseReport.parse(out[1]!.report).metaMissing).toEqual(['docNumber']);
  });
  it('exits 1 with error: file:line: reason on bad input, and still reports the good files', () => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    const bad = resolve(work, 'image.txt');
    writeFileSync(bad, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const r = check(bad, seed);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^error: ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: looks like a binary file`, 'm'));
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(r.stdout).toContain('→ wushan-2021');
    expect(check(resolve(work, 'missing.txt')).stderr).toMatch(/^error: .*missing\.txt: cannot read the file \(ENOENT\)/);
  });
});
