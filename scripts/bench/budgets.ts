/**
 * The budgets (issue 13, and the earlier trust issue's that were not withdrawn), checked against
 * one run. Build, size, page and search budgets are ratios to the baseline built in the same run,
 * so machine speed cancels out. A budget this run could not measure (its corpus not run, the
 * baseline skipped, no search page) is SKIP, never a silent PASS; a skipped scale budget still
 * notes the figure at the largest corpus that was run, for reading.
 */
import { BUDGETED_PAGE_TYPES } from './page-types.ts';
import { growthExponent, type BenchResults, type Budget, type CorpusResult } from './results.ts';
import { buildRatio, distRatio, GROWTH_FROM_N, largestHtml, peakRss, SCALE_N, searchRatio, worstDcl, type Measured } from './budget-figures.ts';

/** One budget as data: the corpus it is about, the figure it reads and the largest value that passes. */
export interface BudgetRule {
  name: string;
  limit: string;
  on: 'seeds' | 'scale';
  /** Largest passing value (`strict`: the value must stay below it). */
  max: number;
  strict?: boolean;
  measure: (c: CorpusResult) => Measured;
}

const N = SCALE_N.toLocaleString('en');

/** Issue 13's budgets at 3,000 plans and on the seeds, then the earlier ones that still hold. */
export const BUDGET_RULES: readonly BudgetRule[] = [
  { name: `${N} plans: full build vs baseline`, limit: '≤ 1.5×', on: 'scale', max: 1.5, measure: buildRatio },
  { name: `${N} plans: peak RSS of our build (process tree)`, limit: '≤ 8 GB', on: 'scale', max: 8e9, measure: peakRss },
  { name: `${N} plans: dist vs baseline`, limit: '≤ 3×', on: 'scale', max: 3, measure: distRatio },
  { name: `${N} plans: largest HTML page (decoded)`, limit: '≤ 500 kB', on: 'scale', max: 500_000, measure: largestHtml },
  { name: `${N} plans: DOMContentLoaded of each page type vs the baseline plan page's`, limit: '≤ 1.5×', on: 'scale', max: 1.5, measure: (c) => worstDcl(c, BUDGETED_PAGE_TYPES) },
  { name: `${N} plans: cold query bytes over the wire vs Pagefind (median over queries)`, limit: '≤ 1.5×', on: 'scale', max: 1.5, measure: (c) => searchRatio(c, 'cold', 'bytes') },
  { name: 'seeds: cold query time vs Pagefind (median over queries)', limit: '≤ 0.6×', on: 'seeds', max: 0.6, measure: (c) => searchRatio(c, 'cold', 'ms') },
  { name: 'seeds: warm query time vs Pagefind (median over queries)', limit: '≤ 1.0×', on: 'seeds', max: 1, measure: (c) => searchRatio(c, 'warm', 'ms') },
  { name: `${N} plans: cold query time vs Pagefind (median over queries)`, limit: '≤ 0.6×', on: 'scale', max: 0.6, measure: (c) => searchRatio(c, 'cold', 'ms') },
  { name: `${N} plans: warm query time vs Pagefind (median over queries)`, limit: '≤ 1.0×', on: 'scale', max: 1, measure: (c) => searchRatio(c, 'warm', 'ms') },
  { name: 'seeds: cold query bytes over the wire (largest over queries)', limit: '< 150 kB', on: 'seeds', max: 150_000, strict: true, measure: seedsColdBytes },
  { name: 'plan page JS before search is used (seeds, uncompressed, largest plan page type)', limit: '≤ 50 kB', on: 'seeds', max: 50_000, measure: planJs },
];

/** Largest cold query's wire bytes; a query that did not finish fails it. */
function seedsColdBytes(c: CorpusResult): Measured {
  if (!c.ours.search.available) return { skip: c.ours.search.note ?? 'search page not available' };
  const cold = c.ours.search.cold;
  const unfinished = cold.filter((q) => q.ms === null).length;
  if (unfinished > 0) return { value: `${unfinished} queries did not finish`, x: Infinity };
  const max = Math.max(...cold.map((q) => q.bytes));
  return { value: `${(max / 1000).toFixed(1)} kB`, x: max };
}

/** Decoded JS a plan page loads before any interaction, the larger of its plan page types. */
function planJs(c: CorpusResult): Measured {
  const pages = c.ours.pageWeights.filter((p) => p.type.startsWith('plan'));
  if (pages.length === 0) return { skip: 'no plan page measured' };
  const js = Math.max(...pages.map((p) => p.decodedByKind['js'] ?? 0));
  return { value: `${(js / 1000).toFixed(1)} kB`, x: js };
}

/** A rule's verdict on its corpus; SKIP with the largest run corpus's figure when that corpus is missing. */
function check(rule: BudgetRule, r: BenchResults): Budget {
  const target = rule.on === 'seeds' ? r.corpora.find((c) => !c.synthetic) : r.corpora.find((c) => c.synthetic && c.n === SCALE_N);
  const skip = (note: string): Budget => ({ name: rule.name, limit: rule.limit, value: '—', status: 'SKIP', note });
  if (!target) {
    const largest = r.corpora.filter((c) => c.synthetic).sort((a, b) => a.n - b.n).at(-1);
    const there = largest ? rule.measure(largest) : null;
    const seen = there && 'x' in there ? `; at ${largest!.n} plans: ${there.value}` : '';
    return skip(`${rule.on === 'seeds' ? 'seeds corpus' : `${N}-plan corpus`} not run${seen}`);
  }
  const m = rule.measure(target);
  if ('skip' in m) return skip(m.skip);
  const ok = rule.strict ? m.x < rule.max : m.x <= rule.max;
  return { name: rule.name, limit: rule.limit, value: m.value, status: ok ? 'PASS' : 'FAIL' };
}

/** Build-time growth exponent from 500 to 3,000 plans (our full build, log-log slope). */
function growth(r: BenchResults): Budget {
  const name = `build-time growth exponent ${GROWTH_FROM_N}→${N} plans (time ~ N^b, our full build)`;
  const limit = 'b ≤ 1.1';
  const at = (n: number) => r.corpora.find((c) => c.synthetic && c.n === n);
  const from = at(GROWTH_FROM_N);
  const to = at(SCALE_N);
  if (!from || !to) {
    const synthetic = r.corpora.filter((c) => c.synthetic).sort((a, b) => a.n - b.n).slice(-2);
    const b = synthetic.length === 2 ? growthExponent(synthetic.map((c) => [c.n, c.ours.build.wallS])) : null;
    const seen = b === null ? '' : `; ${synthetic[0]!.n}→${synthetic[1]!.n}: b = ${b.toFixed(2)}`;
    return { name, limit, value: '—', status: 'SKIP', note: `needs the ${GROWTH_FROM_N}- and ${N}-plan corpora${seen}` };
  }
  const b = growthExponent([[from.n, from.ours.build.wallS], [to.n, to.ours.build.wallS]])!;
  return { name, limit, value: `b = ${b.toFixed(2)} (${from.ours.build.wallS.toFixed(1)} s → ${to.ours.build.wallS.toFixed(1)} s)`, status: b <= 1.1 ? 'PASS' : 'FAIL' };
}

/** Every budget with its verdict, the growth exponent after the full-build ratio. */
export function checkBudgets(r: BenchResults): Budget[] {
  const out = BUDGET_RULES.map((rule) => check(rule, r));
  out.splice(2, 0, growth(r));
  return out;
}
