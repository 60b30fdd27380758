/**
 * The budgets, checked against one run. Build and query budgets are ratios to the
 * baseline built in the same run, so machine speed cancels out; a budget this run could not
 * measure (size not run, baseline skipped, no search page yet) is SKIP, never a silent PASS.
 */
import { growthExponent, median, type BenchResults, type Budget, type CorpusResult } from './results.ts';

const kB = (b: number) => `${(b / 1000).toFixed(1)} kB`;
const skip = (name: string, limit: string, note: string): Budget => ({ name, limit, value: '—', status: 'SKIP', note });
const verdict = (name: string, limit: string, value: string, ok: boolean, note?: string): Budget => ({ name, limit, value, status: ok ? 'PASS' : 'FAIL', ...(note ? { note } : {}) });

/** The whole pipeline as the build runs it (read, parse, enrich, emit, write), in seconds. */
const pipelineS = (c: CorpusResult) => c.ours.build.pipelineS;

/** Every budget with its verdict. */
export function checkBudgets(r: BenchResults): Budget[] {
  const out: Budget[] = [];
  const big = r.corpora.find((c) => c.synthetic && c.n === 500);
  const seeds = r.corpora.find((c) => !c.synthetic);
  const synthetic = r.corpora.filter((c) => c.synthetic).sort((a, b) => a.n - b.n);

  let name = 'full build of 500 plans vs baseline';
  if (!big?.baseline) out.push(skip(name, '≤ 1.5×', big ? 'baseline skipped' : '500-plan corpus not run'));
  else {
    const ratio = big.ours.build.wallS / big.baseline.build.wallS;
    out.push(verdict(name, '≤ 1.5×', `${ratio.toFixed(2)}× (${big.ours.build.wallS.toFixed(1)} s vs ${big.baseline.build.wallS.toFixed(1)} s)`, ratio <= 1.5));
  }

  name = 'build time growth with N (exponent of time ~ N^b, largest two sizes)';
  if (synthetic.length < 2) out.push(skip(name, 'b ≤ 1.2', 'needs two synthetic sizes'));
  else {
    const last = synthetic.slice(-2).map((c) => [c.n, c.ours.build.wallS] as [number, number]);
    const b = growthExponent(last)!;
    const all = growthExponent(synthetic.map((c) => [c.n, c.ours.build.wallS]));
    out.push(verdict(name, 'b ≤ 1.2', `b = ${b.toFixed(2)} (${last[0]![0]}→${last[1]![0]}); fit over all sizes b = ${all?.toFixed(2)}`, b <= 1.2));
  }

  name = 'cold query bytes over the wire, 500 plans, vs baseline (median over queries)';
  if (!big?.baseline) out.push(skip(name, '≤ 1.5×', big ? 'baseline skipped' : '500-plan corpus not run'));
  else if (!big.ours.search.available) out.push(skip(name, '≤ 1.5×', big.ours.search.note ?? 'search page not available'));
  else {
    const ours = median(big.ours.search.cold.map((q) => (q.ms === null ? null : q.bytes)));
    const base = median(big.baseline.search.cold.map((q) => (q.ms === null ? null : q.bytes)));
    if (ours === null || base === null) out.push(skip(name, '≤ 1.5×', 'no query finished'));
    else out.push(verdict(name, '≤ 1.5×', `${(ours / base).toFixed(2)}× (${kB(ours)} vs ${kB(base)})`, ours / base <= 1.5));
  }

  const largest = [...r.corpora].sort((a, b) => a.pipeline.sourceBytes - b.pipeline.sourceBytes).at(-1);
  name = 'pipeline throughput (read, parse, enrich, emit, write; largest corpus)';
  const whole = largest ? pipelineS(largest) : null;
  if (!largest || !whole) out.push(skip(name, '≥ 5 MB/s', largest ? 'the build printed no "pipeline: … in X s" line' : 'no corpus run'));
  else {
    const mbs = largest.pipeline.sourceBytes / 1e6 / whole;
    out.push(verdict(name, '≥ 5 MB/s', `${mbs.toFixed(1)} MB/s on ${largest.label} (parse + enrich alone: ${largest.pipeline.mbPerS.toFixed(1)} MB/s)`, mbs >= 5));
  }

  const searchNote = !seeds ? 'seeds corpus not run' : !seeds.ours.search.available ? (seeds.ours.search.note ?? 'search page not available') : null;
  const cold = seeds?.ours.search.cold ?? [];
  name = 'seeds: cold query bytes over the wire (largest over queries)';
  if (searchNote) out.push(skip(name, '< 150 kB', searchNote));
  else if (cold.some((q) => q.ms === null)) out.push(verdict(name, '< 150 kB', `${cold.filter((q) => q.ms === null).length} queries did not finish`, false));
  else { const max = Math.max(...cold.map((q) => q.bytes)); out.push(verdict(name, '< 150 kB', kB(max), max < 150_000)); }

  name = 'seeds: cold query time to first results (median over queries)';
  const ms = median(cold.map((q) => q.ms));
  if (searchNote) out.push(skip(name, '< 300 ms', searchNote));
  else out.push(verdict(name, '< 300 ms', ms === null ? 'no query finished' : `${ms.toFixed(0)} ms`, ms !== null && ms < 300));

  name = 'plan page JS before search is used (seeds, uncompressed, largest plan page type)';
  const planPages = seeds?.ours.pageWeights.filter((p) => p.type.startsWith('plan')) ?? [];
  if (planPages.length === 0) out.push(skip(name, '≤ 50 kB', 'seeds corpus not run'));
  else { const js = Math.max(...planPages.map((p) => p.decodedByKind['js'] ?? 0)); out.push(verdict(name, '≤ 50 kB', kB(js), js <= 50_000)); }
  return out;
}
