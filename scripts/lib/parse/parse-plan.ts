import type { ParagraphBlock, SourceLine, Warning } from '../../../src/model/schema.ts';
import { findFooter } from './find-footer.ts';
import { findNotice, type Notice } from './find-notice.ts';
import { findPlanTitle, type PlanTitle } from './find-plan-title.ts';
import { findTables } from './find-tables.ts';
import { joinPageBreaks, type Para } from './join-page-breaks.ts';
import { measureDepth } from './measure-depth.ts';
import { parseTable, type ParsedTable } from './parse-table.ts';
import { createParseLog, logArtefact, type ParsedEdit, type ParseLog } from './parse-log.ts';
import { structureBody, type BodyDraft, type BodyItem } from './structure-body.ts';
import { toUnits } from './to-units.ts';

/** What the parse stage knows about one document. */
export interface ParsedDoc {
  notice: Notice | null;
  title: PlanTitle;
  /** Notice paragraphs, then the body, in document order. */
  body: BodyDraft;
  /** Parsed appendix tables by table id ("t1"). */
  tables: Map<string, ParsedTable>;
  footer: ParagraphBlock[];
  /** Artefacts removed, counted by kind. */
  artefacts: Record<string, number>;
  /** Every removal or addition of visible characters, for the fidelity check. */
  edits: ParsedEdit[];
  warnings: Omit<Warning, 'file'>[];
}

/** Splits body units at tables and repairs page breaks inside each text run. */
function bodyItems(units: ReturnType<typeof toUnits>, log: ParseLog): BodyItem[] {
  const items: BodyItem[] = [];
  let run: Para[] = [];
  const flush = () => {
    const { paras, joined } = joinPageBreaks(run);
    logArtefact(log, 'page-break', run[0]?.line ?? 1, '', '', joined);
    items.push(...paras.map((p) => ({ kind: 'para' as const, text: p.text, line: p.line })));
    run = [];
  };
  for (const u of units) {
    if (u.kind === 'table') { flush(); items.push(u); } else run.push(u);
  }
  flush();
  return items;
}

/**
 * Parse stage: source lines → notice, title, structured body, tables and footer. Pure: the
 * caller reads the file. Measures come from an appendix table when one numbers them
 * (四川省 分工表, 资阳 重点举措清单), else from the deepest numbered items of the text.
 */
export function parsePlan(lines: SourceLine[]): ParsedDoc {
  const regions = findTables(lines);
  const log = createParseLog();
  const units = toUnits(lines, regions, log);
  const firstTable = units.findIndex((u) => u.kind === 'table');
  const front = (firstTable < 0 ? units : units.slice(0, firstTable)) as Para[];
  const notice = findNotice(front);
  const title = findPlanTitle(front, notice?.end ?? 0, notice?.planName ?? null);
  const lastTable = units.reduce((last, u, i) => (u.kind === 'table' ? i : last), -1);
  const tail = units.slice(lastTable + 1) as Para[];
  const footerAt = lastTable + 1 + findFooter(tail, Math.max(0, title.end - lastTable - 1));
  const tables = new Map<string, ParsedTable>();
  const items = bodyItems(units.slice(title.end, footerAt), log);
  const parsed = items.flatMap((it) => (it.kind === 'table' ? [parseTable(lines.slice(it.region.start, it.region.end))] : []));
  const tableMeasures = parsed.some((t) => t.rows.some((r) => r.number !== null));
  const depth = tableMeasures ? null : measureDepth(items.flatMap((it) => (it.kind === 'para' ? [it.text] : [])));
  const body = structureBody(items, depth);
  const warnings: ParsedDoc['warnings'] = [];
  body.blocks.filter((b) => b.type === 'table').forEach((b, i) => {
    const table = parsed[i]!;
    tables.set(b.id, table);
    for (const [k, v] of Object.entries(table.artefacts)) log.artefacts[k] = (log.artefacts[k] ?? 0) + v;
    log.edits.push(...table.edits);
    warnings.push(...table.warnings.map((w) => ({ line: w.line, message: w.message })));
  });
  if (notice) body.blocks.unshift(...notice.paras.map((p) => ({ type: 'paragraph' as const, text: p.text, role: p.role, line: p.line })));
  const footerJoin = joinPageBreaks(units.slice(footerAt) as Para[]);
  logArtefact(log, 'page-break', footerJoin.paras[0]?.line ?? 1, '', '', footerJoin.joined);
  const footer = footerJoin.paras.map((p) => ({ type: 'paragraph' as const, text: p.text, role: 'footer' as const, line: p.line }));
  if (!body.blocks.some((b) => b.type === 'heading') && body.measures.length === 0 && !tableMeasures) {
    warnings.push({ line: null, message: 'no recognisable structure (no numbered headings such as 一、 / （一） / 1． and no appendix table); rendered as plain paragraphs' });
  }
  return { notice, title, body, tables, footer, artefacts: log.artefacts, edits: log.edits, warnings };
}
