import { describe, expect, it } from 'vitest';
import { checkBudgets } from '../../scripts/bench/budgets.ts';
import { allTypes, corpus, run, type SiteSpec } from './bench-fixture.ts';

/** Seeds within every budget: search 0.5× Pagefind cold, 0.9× warm, largest cold query 149 kB, plan JS 20 kB. */
const seedsOurs: SiteSpec = { wallS: 6, dcl: allTypes(100), js: 20_000, cold: [{ ms: 200, bytes: 60_000 }, { ms: 300, bytes: 149_000 }], warm: [{ ms: 90, bytes: 1 }] };
const seedsBase: SiteSpec = { wallS: 5, dcl: { plan: 100 }, cold: [{ ms: 500, bytes: 300_000 }], warm: [{ ms: 100, bytes: 1 }] };
/** 3,000 plans within every budget: build 1.4×, 7 GB, dist 2.5×, largest page 480 kB, DCL 1.5×, search 1.2× bytes, 0.6× / 1.0× time. */
const bigOurs: SiteSpec = { wallS: 1400, peakRss: 7e9, dist: 2.5e9, largest: { path: '/indicators/kaiban/', bytes: 480_000 }, dcl: allTypes(150), cold: [{ ms: 600, bytes: 360_000 }], warm: [{ ms: 200, bytes: 1 }] };
const bigBase: SiteSpec = { wallS: 1000, dist: 1e9, dcl: { plan: 100 }, cold: [{ ms: 1000, bytes: 300_000 }], warm: [{ ms: 200, bytes: 1 }] };
/** 500 plans: 250 s, so 500 → 3,000 (1,400 s) grows with b = 0.96. */
const midOurs: SiteSpec = { wallS: 250, dcl: allTypes(100) };
const midBase: SiteSpec = { wallS: 200, dcl: { plan: 100 } };

const names = (r: ReturnType<typeof checkBudgets>) => r.map((b) => `${b.status} ${b.value}`);

describe('issue 13 budgets', () => {
  it('lists every budget of the issue once, with the withdrawn absolute ones gone', () => {
    const all = checkBudgets(run([]));
    expect(all.map((b) => `${b.name} ${b.limit}`)).toEqual([
      '3,000 plans: full build vs baseline ≤ 1.5×',
      '3,000 plans: peak RSS of our build (process tree) ≤ 8 GB',
      'build-time growth exponent 500→3,000 plans (time ~ N^b, our full build) b ≤ 1.1',
      '3,000 plans: dist vs baseline ≤ 3×',
      '3,000 plans: largest HTML page (decoded) ≤ 500 kB',
      "3,000 plans: DOMContentLoaded of each page type vs the baseline plan page's ≤ 1.5×",
      '3,000 plans: cold query bytes over the wire vs Pagefind (median over queries) ≤ 1.5×',
      'seeds: cold query time vs Pagefind (median over queries) ≤ 0.6×',
      'seeds: warm query time vs Pagefind (median over queries) ≤ 1.0×',
      '3,000 plans: cold query time vs Pagefind (median over queries) ≤ 0.6×',
      '3,000 plans: warm query time vs Pagefind (median over queries) ≤ 1.0×',
      'seeds: cold query bytes over the wire (largest over queries) < 150 kB',
      'plan page JS before search is used (seeds, uncompressed, largest plan page type) ≤ 50 kB',
    ]);
    expect(all.every((b) => b.status === 'SKIP')).toBe(true);
    expect(all.map((b) => b.limit).join(' ')).not.toMatch(/MB\/s|300 ms/);
  });

  it('passes a run within every budget, at the limits included', () => {
    const r = run([corpus('seeds', 5, seedsOurs, seedsBase), corpus('500', 500, midOurs, midBase), corpus('3000', 3000, bigOurs, bigBase)]);
    expect(names(checkBudgets(r))).toEqual([
      'PASS 1.40× (1400.0 s vs 1000.0 s)', 'PASS 7.00 GB', 'PASS b = 0.96 (250.0 s → 1400.0 s)', 'PASS 2.50× (2500.0 MB vs 1000.0 MB)',
      'PASS 480.0 kB (/indicators/kaiban/)', 'PASS 1.50× at worst (home /home/: 150 ms vs 100 ms)', 'PASS 1.20× (360.0 kB vs 300.0 kB)',
      'PASS 0.50× (250 ms vs 500 ms)', 'PASS 0.90× (90 ms vs 100 ms)', 'PASS 0.60× (600 ms vs 1000 ms)', 'PASS 1.00× (200 ms vs 200 ms)',
      'PASS 149.0 kB', 'PASS 20.0 kB',
    ]);
  });

  it('fails each budget just over its limit', () => {
    const seeds = corpus('seeds', 5, { ...seedsOurs, js: 50_001, cold: [{ ms: 301, bytes: 150_000 }], warm: [{ ms: 101, bytes: 1 }] }, seedsBase);
    const big = corpus('3000', 3000, {
      ...bigOurs, wallS: 1501, peakRss: 8.01e9, dist: 3.01e9, largest: { path: '/indicators/', bytes: 500_001 },
      dcl: { ...allTypes(100), 'indicators (one)': 151 }, cold: [{ ms: 601, bytes: 451_000 }], warm: [{ ms: 201, bytes: 1 }],
    }, bigBase);
    // 180 s → 1,501 s over 500 → 3,000 plans is b = 1.18.
    const r = checkBudgets(run([seeds, corpus('500', 500, { ...midOurs, wallS: 180 }, midBase), big]));
    expect(r.map((b) => b.status)).toEqual(Array(13).fill('FAIL'));
    expect(r[5]!.value).toBe('1.51× at worst (indicators (one) /indicators-one-/: 151 ms vs 100 ms)');
  });

  it('fails the page budget when a budgeted page type was not measured, and a search that never finished', () => {
    const { compare: _, 'plan (text)': __, ...noCompare } = allTypes(100);
    const big = corpus('3000', 3000, { ...bigOurs, dcl: noCompare, cold: [{ ms: null, bytes: 0 }] }, bigBase);
    const r = checkBudgets(run([big]));
    // A plan with tables stands for "plan"; no /compare/ page fails the budget.
    expect(`${r[5]!.status} ${r[5]!.value}`).toBe('FAIL 1.00× at worst (home /home/: 100 ms vs 100 ms); not measured: compare');
    expect(`${r[9]!.status} ${r[9]!.value}`).toBe('FAIL no cold query of ours finished');
    const { 'plan (table)': ___, ...noPlan } = noCompare;
    expect(checkBudgets(run([corpus('3000', 3000, { ...bigOurs, dcl: noPlan }, bigBase)]))[5]!.value).toMatch(/; not measured: plan, compare$/);
  });

  it('skips what the run did not measure, noting the figure at the largest corpus that was run', () => {
    const r = checkBudgets(run([corpus('seeds', 5, { ...seedsOurs, search: false }, seedsBase), corpus('5', 5, midOurs, midBase), corpus('50', 50, { ...midOurs, wallS: 500 }, midBase)]));
    expect(r[0]).toMatchObject({ status: 'SKIP', note: '3,000-plan corpus not run; at 50 plans: 2.50× (500.0 s vs 200.0 s)' });
    expect(r[2]).toMatchObject({ status: 'SKIP', note: 'needs the 500- and 3,000-plan corpora; 5→50: b = 0.30' });
    expect(r[7]).toMatchObject({ status: 'SKIP', note: 'the site has no /search/ page' });
    const noBase = checkBudgets(run([corpus('3000', 3000, bigOurs, null)]));
    expect(noBase.filter((b) => b.status !== 'SKIP').map((b) => b.name)).toEqual(['3,000 plans: peak RSS of our build (process tree)', '3,000 plans: largest HTML page (decoded)']);
    expect(noBase[0]!.note).toBe('baseline skipped');
  });
});
