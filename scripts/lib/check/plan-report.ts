import type { MetaField, ParseReport, Plan, SourceLine } from '../../../src/model/schema.ts';
import { matchLabel } from '../parse/match-label.ts';
import { hasDutyMarker } from '../text/duty-marker.ts';

/** The plan fields the report reads: everything but the report itself. */
export type ReportedPlan = Omit<Plan, 'report'>;

const FIELDS: readonly MetaField[] = ['title', 'issuer', 'docNumber', 'issueDate', 'region', 'province', 'level', 'year'];

/** Whether the text gave `field` a value: null, "未注明" and a title falling back to the file name are gaps. */
function found(plan: ReportedPlan, field: MetaField): boolean {
  const v = plan.meta[field];
  if (v === null || v === '未注明') return false;
  return field !== 'title' || v !== plan.sourceFile;
}

// What owns a source line: nothing yet, a paragraph (text that is no measure: notice, body,
// footer), or a measure, heading or table (the line is "placed").
const NONE = 0;
const PARAGRAPH = 1;
const PLACED = 2;

/**
 * Owner of every line 1..count: each block claims the lines from its own line up to the next
 * block's, as the parser joins a measure's continuation lines into its text. On one line, a
 * measure or heading wins over a paragraph ("（一）激发市场主体活力。持续深化…" is both).
 */
function lineOwners(plan: ReportedPlan, count: number): Uint8Array {
  const start = new Uint8Array(count + 2);
  const mark = (line: number, owner: number) => { if (line <= count && owner > start[line]!) start[line] = owner; };
  const measureLine = new Map(plan.measures.map((m) => [m.n, m.line]));
  for (const b of plan.blocks) {
    if (b.type === 'paragraph') mark(b.line, PARAGRAPH);
    else if (b.type === 'measure') mark(measureLine.get(b.n) ?? 1, PLACED);
    else mark(b.line, PLACED);
    if (b.type === 'table') for (const r of b.rows) mark(r.line, PLACED);
  }
  const owner = new Uint8Array(count + 2);
  let current = NONE;
  for (let line = 1; line <= count; line++) {
    if (start[line] !== NONE) current = start[line]!;
    owner[line] = current;
  }
  return owner;
}

/** Lines starting with an item label or carrying a duty marker that no measure, heading or table took. */
function unplacedLines(plan: ReportedPlan, lines: SourceLine[]): ParseReport['unplaced'] {
  const owner = lineOwners(plan, lines.length);
  const out: ParseReport['unplaced'] = [];
  for (const { n, text } of lines) {
    if (owner[n] === PLACED) continue;
    const t = text.trim();
    const kind = matchLabel(t) ? 'label' : hasDutyMarker(t) ? 'marker' : null;
    if (kind) out.push({ line: n, kind, excerpt: [...t].slice(0, 40).join('') });
  }
  return out;
}

/** The parse report of a plan: metadata found and missing, measure and table counts, artefacts, warnings, unplaced lines. */
export function planReport(plan: ReportedPlan, lines: SourceLine[]): ParseReport {
  const tables = plan.blocks.filter((b) => b.type === 'table');
  return {
    metaFound: FIELDS.filter((f) => found(plan, f)),
    metaMissing: FIELDS.filter((f) => !found(plan, f)),
    measures: plan.measures.length,
    withLeads: plan.measures.filter((m) => m.leads.length > 0).length,
    withPartners: plan.measures.filter((m) => m.partners.length > 0).length,
    withDeadlines: plan.measures.filter((m) => m.deadlines.length > 0 || m.deadline !== null).length,
    tables: tables.length,
    tableRows: tables.reduce((n, t) => n + t.rows.length, 0),
    tableMeasures: tables.reduce((n, t) => n + t.rows.filter((r) => r.measure !== null).length, 0),
    artefacts: Object.fromEntries(Object.entries(plan.artefacts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    warnings: plan.warnings.map((w) => ({ line: w.line, message: w.message })),
    unplaced: unplacedLines(plan, lines),
  };
}
