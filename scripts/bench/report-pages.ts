/** The page sections of bench/results.md: largest HTML pages, page weight and DOMContentLoaded per page type. */
import { baselinePlanDcl, dclRatios } from './budget-figures.ts';
import type { HtmlPage } from './dir-stats.ts';
import type { PageWeight } from './page-weight.ts';
import type { CorpusResult } from './results.ts';

const kB = (b: number) => (b / 1000).toFixed(1);
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
/** A markdown table. */
export const table = (head: string[], rows: string[][]): string => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
const page = (p: HtmlPage | null | undefined) => (p ? `${kB(p.bytes)} kB ${p.path}` : '—');
const KINDS = ['html', 'css', 'js', 'font'];

/** Largest HTML page per corpus (ours / baseline) and ours per top-level section. */
export function largestPagesSection(cs: readonly CorpusResult[]): string {
  return [
    '## Largest HTML pages (decoded bytes; budget at 3,000 plans: none over 500 kB)',
    '',
    table(['corpus', 'ours', 'baseline'], cs.map((c) => [c.label, page(c.ours.dist.largestHtml), page(c.baseline?.dist.largestHtml)])),
    '',
    'Ours, the largest page of each top-level section ("/" = pages at the top):',
    '',
    table(['corpus', 'section', 'largest page'], cs.flatMap((c) => Object.entries(c.ours.dist.largestHtmlBySection ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)).map(([s, p]) => [c.label, s, page(p)]))),
  ].join('\n');
}

/** One page weight row: decoded kB by kind, total, wire, DOMContentLoaded and its ratio. */
function weightRow(label: string, who: string, p: PageWeight, ratio: number | null): string[] {
  const other = p.decodedBytes - KINDS.reduce((n, k) => n + (p.decodedByKind[k] ?? 0), 0);
  const dcl = p.domContentLoadedMs ?? null;
  return [label, who, p.type, p.path, ...KINDS.map((k) => kB(p.decodedByKind[k] ?? 0)), kB(other), kB(p.decodedBytes), kB(p.bytes), dcl === null ? '—' : dcl.toFixed(0), ratio === null ? '—' : `${ratio.toFixed(2)}×`];
}

/** Cold loads per page type behind a DOMContentLoaded median with `rounds` rounds: at least 7 (the median of two loads swung 57 → 329 ms for one baseline page on this 2-core machine), more with more rounds. */
export const dclLoads = (rounds: number): number => Math.max(7, rounds + 1);

/** Page weight and DOMContentLoaded per page type, ours against the baseline's plan page. */
export function pageWeightSection(cs: readonly CorpusResult[], loads: number): string {
  return [
    '## Page weight and DOMContentLoaded per page type (kB fetched on load, before any interaction)',
    '',
    `By kind: decoded (uncompressed) bytes. Wire: what was transferred, gzip as scripts/serve.mjs sends it, headers included. DCL: navigation start to the end of DOMContentLoaded in Chromium, median of ${loads} cold load${loads === 1 ? '' : 's'}; × base plan: that over the baseline plan page's in the same run (budget at 3,000 plans: ≤ 1.5× for each page type).`,
    '',
    table(['corpus', 'site', 'page', 'path', 'html', 'css', 'js', 'font', 'other', 'total', 'wire', 'DCL ms', '× base plan'], cs.flatMap((c) => {
      const ratios = dclRatios(c);
      const base = c.baseline?.pageWeights.find((p) => p.type === 'plan');
      const baseDcl = baselinePlanDcl(c);
      return [
        ...c.ours.pageWeights.map((p, i) => weightRow(c.label, 'ours', p, ratios[i]!.ratio)),
        ...(base ? [weightRow(c.label, 'baseline', base, baseDcl ? 1 : null)] : []),
      ];
    })),
  ].join('\n');
}
