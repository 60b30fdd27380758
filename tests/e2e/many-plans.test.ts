import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTemplates, writeCorpus } from '../../scripts/bench/corpus-fs.ts';
import { MAX_PLANS_ACROSS } from '../../src/lib/compare/plans-across.ts';
import { launch } from './browser.ts';

// More plans than fit side by side (MAX_PLANS_ACROSS): the comparison pages run the plans down
// the page. 15 synthetic plans recombined from the seeds, as the benchmark makes them; their
// made-up regions have no province ("未注明", slug "unknown"), so the pages at scale
// (tests/e2e/scale.test.ts) put all 15 on the per-province pages of "unknown".
const root = resolve(import.meta.dirname, '../..');
const work = resolve(root, 'tests/.work/many');
const N = 15;
let server: ChildProcess;
let base = '';
let browser: Browser;

beforeAll(async () => {
  const seeds = resolve(work, 'seeds');
  writeCorpus(await loadTemplates(root, resolve(root, 'seeds')), N, seeds);
  const env = { ...process.env, SEEDS_DIR: seeds, OUT_DIR: resolve(work, 'site'), GENERATED_DIR: resolve(work, 'generated') };
  const r = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build of ${N} plans failed:\n${r.stdout}\n${r.stderr}`);
  server = spawn(process.execPath, ['scripts/serve.mjs', env.OUT_DIR, '--port', '0'], { cwd: root });
  base = await new Promise<string>((ok) => server.stdout!.on('data', (d: Buffer) => { const m = /http:\/\/[\d.]+:\d+\//.exec(d.toString()); if (m) ok(m[0]); }));
  browser = await launch();
});
afterAll(async () => { await browser?.close(); server?.kill(); });

async function open(path: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  expect((await page.goto(`${base}${path.slice(1)}`))?.ok(), `GET ${path}`).toBe(true);
  return page;
}

describe(`${N} plans (more than ${MAX_PLANS_ACROSS} side by side)`, () => {
  it('the matrix has a row per plan and a column per indicator, and the heatmap the same cells in the same order', async () => {
    expect(N).toBeGreaterThan(MAX_PLANS_ACROSS);
    // /indicators/ has a row per province; the province's page the plan rows.
    const page = await open('/indicators/by-province/unknown/');
    const table = page.locator('table#matrix-table.plan-rows');
    const indicators = await table.locator('thead th[scope="col"] a').count();
    expect(indicators).toBeGreaterThan(15);
    expect(await table.locator('tbody th[scope="row"] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))).toHaveLength(N);
    expect(await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td').length))).toEqual(Array(N).fill(indicators));
    expect(await table.locator('tfoot td.total').count()).toBe(indicators);
    const links = await table.locator('tbody td a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(N);
    const svg = page.locator('svg#matrix-chart');
    expect(await svg.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(links);
    // Readable: the chart keeps its drawn size on a desktop page (a plan-per-column heatmap of 500 plans was 42 000 px wide).
    const box = (await svg.boundingBox())!;
    expect(box.width).toBeGreaterThan(0.85 * Number(await svg.getAttribute('width')));
    expect(await svg.locator('.row-labels text').count()).toBe(N);
    expect(await svg.locator('.column-labels text[transform^="rotate(-45"]').count()).toBe(indicators);
    // The column totals of the footer add up the cells above them.
    const sums = await table.evaluate((t) => [...t.querySelectorAll('tfoot td')].map((td, i) => {
      const cells = [...t.querySelectorAll(`tbody tr td:nth-of-type(${i + 1})`)].map((c) => Number(/^\d+/.exec(c.textContent!.trim())![0]));
      return [Number(/^\d+/.exec(td.textContent!.trim())![0]), cells.reduce((a, b) => a + b, 0)];
    }));
    for (const [total, sum] of sums) expect(total).toBe(sum);
    await page.close();
  });

  it('the headline table lists the plans that set a target, one row each; the rest are counted; the chosen plans load as cards', async () => {
    const page = await open('/indicators/electricity/?province=unknown');
    const rows = page.locator('table#headline-table.plan-rows tbody tr[data-plan]');
    const shown = await rows.evaluateAll((trs) => trs.map((tr) => [(tr as HTMLElement).dataset.plan!, tr.querySelectorAll('ul.values').length] as const));
    expect(shown.length).toBeGreaterThan(0);
    for (const [, withValues] of shown) expect(withValues).toBeGreaterThan(0);
    const rest = N - shown.length;
    if (rest > 0) expect(await page.locator('section[aria-labelledby="headline-h"] p.hint').textContent()).toContain(`其余 ${rest} 份方案未设定`);
    // The plan columns, loaded for the province in the URL, wrap into rows of cards: nothing to scroll sideways.
    await expect.poll(() => page.locator('section.plan-col:visible').count()).toBe(N);
    const cols = page.locator('div.plan-cols.wrap');
    expect(await cols.evaluate((d) => d.scrollWidth <= d.clientWidth)).toBe(true);
    await page.close();
  });

  it('a link to the last plan card lands on it, although cards off screen are not laid out until needed', async () => {
    const first = await open('/indicators/electricity/unknown/');
    const last = await first.locator('section.plan-col').last().getAttribute('data-plan');
    await first.close();
    const page = await open(`/indicators/electricity/unknown/#plan-${last}`);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.plan-col')!).contentVisibility)).toBe('auto');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(`plan-${last}`);
    await expect.poll(() => page.evaluate(() => {
      const r = document.querySelector(':target')!.getBoundingClientRect();
      return r.top >= 0 && r.top < innerHeight && r.height > 0;
    })).toBe(true);
    await page.close();
  });

  for (const path of ['/indicators/', '/indicators/by-province/unknown/', '/indicators/electricity/', '/indicators/electricity/unknown/']) {
    for (const width of [1280, 390]) {
      it(`axe-core: no serious or critical violation on ${path} at ${width} px`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        const page = await context.newPage();
        expect((await page.goto(`${base}${path.slice(1)}`))?.ok()).toBe(true);
        const { violations } = await new AxeBuilder({ page }).analyze();
        await context.close();
        expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
      });
    }
  }
});
