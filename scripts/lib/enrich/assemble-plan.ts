import type { Block, Plan, SourceLine, TableBlock, Warning } from '../../../src/model/schema.ts';
import type { RegionsFile } from '../../../src/model/regions.ts';
import { planReport, type ReportedPlan } from '../check/plan-report.ts';
import type { ParsedDoc } from '../parse/parse-plan.ts';
import { toPinyinSlug } from '../text/to-pinyin-slug.ts';
import { tableMeasures, textMeasures } from './build-measures.ts';
import { enrichPlan, type BaseMeasure } from './enrich-plan.ts';
import type { EnrichContent } from './parse-enrich-content.ts';
import { extractMeta } from './extract-meta.ts';
import { regionFacts, type Regions } from './region-facts.ts';
import { planStatesFirstUnitLeads, sectionDuties } from './section-duties.ts';
import { splitFirstUnit, tableFollowsFirstUnitRule } from './first-unit-split.ts';

/** A source file after ingest and parse. */
export interface ParsedSource {
  file: string;
  sha256: string;
  doc: ParsedDoc;
  /** The decoded source lines, for the parse report's unplaced lines. */
  lines: SourceLine[];
  /** Artefacts removed by ingest (byte-order mark, CRLF). */
  ingestArtefacts: Record<string, number>;
}

/** ASCII fallback slug stem for a file whose region is unknown: its name, or a hash of its bytes. */
function fileStem(file: string, sha256: string): string {
  const ascii = file.replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return ascii !== '' ? ascii : `plan-${sha256.slice(0, 8)}`;
}

/**
 * Enrich stage for one plan: metadata from the text plus the gazetteer and content/regions.json, measures with
 * leads, deadlines, indicators and targets, section goals, table blocks, and a slug ("leshan-2023"). `slugTaken` lets the caller
 * keep slugs unique across plans; a clash gets "-2", "-3"….
 */
export function assemblePlan(src: ParsedSource, regions: Regions, content: EnrichContent, slugTaken: (slug: string) => boolean): Plan {
  const { doc } = src;
  const meta = extractMeta(doc, regions.gazetteer);
  const warnings: Warning[] = doc.warnings.map((w) => ({ file: src.file, line: w.line, message: w.message }));
  const facts = regionFacts(meta.region, regions);
  const { region } = facts;
  for (const message of facts.warnings) warnings.push({ file: src.file, line: null, message });
  if (meta.year === null) warnings.push({ file: src.file, line: null, message: 'no year found in the title, 文号 or date; deadlines are left unresolved' });
  if (meta.title === null) warnings.push({ file: src.file, line: null, message: 'no plan title found; using the file name' });
  const stem = facts.slugStem ?? (meta.region.name ? toPinyinSlug(region) : fileStem(src.file, src.sha256));
  const base = meta.year === null ? stem : `${stem}-${meta.year}`;
  let slug = base;
  for (let k = 2; slugTaken(slug); k++) slug = `${base}-${k}`;
  // The note may follow the last table, where it is read as part of the footer ("各责任单位排在第一位的为牵头单位。").
  const firstUnitLeads = planStatesFirstUnitLeads(doc.body.blocks, doc.body.measures, [...[...doc.tables.values()].flatMap((t) => t.notes), ...doc.footer.map((p) => p.text)]);
  const duties = { firstUnitLeads, sections: sectionDuties(doc.body.blocks, firstUnitLeads) };
  const measures: BaseMeasure[] = textMeasures(slug, doc.body.measures, meta.year, duties);
  const blocks: Block[] = doc.body.blocks.map((b) => {
    if (b.type !== 'table') return b;
    const table = doc.tables.get(b.id)!;
    const first = measures.length + 1;
    const rows = tableMeasures(slug, table, first, meta.year);
    measures.push(...(tableFollowsFirstUnitRule(table, firstUnitLeads) ? rows.map(splitFirstUnit) : rows));
    let n = first;
    const block: TableBlock = {
      type: 'table', id: b.id, caption: b.caption, columns: table.columns, notes: table.notes, line: b.line,
      rows: table.rows.map((r) => ({ kind: r.kind, cells: r.cells, groups: r.groups, measure: r.number === null ? null : n++, line: r.line })),
    };
    return block;
  });
  // Table rows are numbered through the whole table: a gap or repeat there means a lost or doubled row.
  // (Text items may restart their numbers in every section.)
  measures.forEach((m) => { if (m.leadSource === 'column' && /^\d/.test(m.label) && parseInt(m.label, 10) !== m.n) warnings.push({ file: src.file, line: m.line, message: `row numbered ${m.label} is measure ${m.n}: numbering skips or repeats` }); });
  measures.forEach((m) => { if (m.text === '') warnings.push({ file: src.file, line: m.line, message: `numbered item ${m.label} has no text; expected the task after its label` }); });
  const all = [...blocks, ...doc.footer];
  const enriched = enrichPlan(measures, all, content);
  const plan: ReportedPlan = {
    slug, sourceFile: src.file, sourceSha256: src.sha256,
    meta: { title: meta.title ?? src.file, noticeTitle: meta.noticeTitle, issuer: meta.issuer, issuers: meta.issuers, docNumber: meta.docNumber, issueDate: meta.issueDate, issueDateRaw: meta.issueDateRaw, region, city: facts.city, province: facts.province, level: facts.level, divisionCode: facts.divisionCode, year: meta.year, yearEnd: meta.yearEnd },
    blocks: all, measures: enriched.measures, goals: enriched.goals,
    artefacts: { ...src.ingestArtefacts, ...doc.artefacts },
    warnings,
  };
  return { ...plan, report: planReport(plan, src.lines) };
}
