import { isDeepStrictEqual } from 'node:util';
import type { Measure, Plan } from '../../src/model/schema.ts';
import type { Expected } from './national-expected.ts';

/** Score categories of the national corpus, in table order. */
export const CATEGORIES = ['metadata', 'measures', 'leads', 'deadlines', 'indicators'] as const;
/** One score category. */
export type Category = (typeof CATEGORIES)[number];

/** One compared field: what the reader expects and what the pipeline produced. */
export interface Check { category: Category; field: string; expected: unknown; actual: unknown; ok: boolean }

const META_FIELDS = ['title', 'issuer', 'issuers', 'docNumber', 'issueDate', 'region', 'province', 'level', 'year', 'yearEnd'] as const;

// Fields the model may not carry yet (joint issuers, a multi-year plan's last year) are read
// loosely: a plan with one issuer has issuers = [issuer]; no yearEnd field means a one-year plan.
function metaValue(plan: Plan, field: (typeof META_FIELDS)[number]): unknown {
  const meta = plan.meta as Plan['meta'] & { issuers?: string[]; yearEnd?: number | null };
  if (field === 'issuers') return meta.issuers ?? (meta.issuer ? [meta.issuer] : []);
  if (field === 'yearEnd') return meta.yearEnd ?? null;
  return meta[field];
}

// Measures are paired by their text start (the pipeline may find extra or fewer items, and one
// miss must not shift every later pairing); an expected measure whose start nobody has is missed.
function pair(expected: Expected['measures'], measures: Measure[]): (Measure | undefined)[] {
  const used = new Set<number>();
  return expected.map((e) => {
    const i = measures.findIndex((m, k) => !used.has(k) && m.text.trimStart().startsWith(e.textStart));
    if (i >= 0) used.add(i);
    return i >= 0 ? measures[i] : undefined;
  });
}

/** Every field of a fixture's expectations compared with the plan the pipeline built (null: none built). */
export function scoreFixture(exp: Expected, plan: Plan | null): Check[] {
  const checks: Check[] = [];
  const add = (category: Category, field: string, expected: unknown, actual: unknown) =>
    checks.push({ category, field, expected, actual, ok: isDeepStrictEqual(expected, actual) });
  for (const f of META_FIELDS) {
    if (f === 'issuers' && exp.meta.issuers === undefined) continue;
    add('metadata', f, exp.meta[f], plan ? metaValue(plan, f) : undefined);
  }
  const measures = plan?.measures ?? [];
  add('measures', 'count', exp.measures.length, measures.length);
  pair(exp.measures, measures).forEach((m, i) => {
    const e = exp.measures[i]!;
    const at = `m${i + 1} ${e.label}`;
    add('measures', `${at} label+text`, { label: e.label, textStart: e.textStart }, m ? { label: m.label, textStart: m.text.trimStart().slice(0, e.textStart.length) } : undefined);
    add('leads', `${at} leads`, e.leads, m?.leads);
    add('leads', `${at} partners`, e.partners, m?.partners);
    add('deadlines', `${at} deadline`, e.deadline, m ? (m.deadline?.date ?? null) : undefined);
    if (e.indicator !== null) add('indicators', `${at} indicator`, e.indicator, m?.indicators[0]);
  });
  return checks;
}

/** Markdown score table: right / total per category for each fixture and overall. */
export function scoreTable(rows: { name: string; checks: Check[]; error?: string }[]): string {
  const cell = (cs: Check[], c: Category) => {
    const of = cs.filter((k) => k.category === c);
    return of.length ? `${of.filter((k) => k.ok).length}/${of.length}` : '–';
  };
  const all = rows.flatMap((r) => r.checks);
  const pct = (cs: Check[]) => (cs.length ? ((100 * cs.filter((k) => k.ok).length) / cs.length).toFixed(1) : '0');
  const lines = [
    '# National layout corpus: score', '',
    `Fields right / total per category (${rows.length} fixtures; overall ${all.filter((k) => k.ok).length}/${all.length} = ${pct(all)}%).`, '',
    `| fixture | ${CATEGORIES.join(' | ')} | notes |`, `| --- |${CATEGORIES.map(() => ' ---: |').join('')} --- |`,
    ...rows.map((r) => `| ${r.name} | ${CATEGORIES.map((c) => cell(r.checks, c)).join(' | ')} | ${r.error ?? ''} |`),
    `| **total** | ${CATEGORIES.map((c) => `**${cell(all, c)}** (${pct(all.filter((k) => k.category === c))}%)`).join(' | ')} | |`,
    '', '## Wrong fields', '',
    ...rows.flatMap((r) => r.checks.filter((k) => !k.ok).map((k) =>
      `- ${r.name} · ${k.category} · ${k.field}: expected \`${JSON.stringify(k.expected)}\`, got \`${JSON.stringify(k.actual) ?? 'nothing'}\``)),
  ];
  return `${lines.join('\n')}\n`;
}
