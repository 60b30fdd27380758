import type { ParseReport } from '../../../src/model/schema.ts';
import { META_FIELD_NAMES } from '../../../src/lib/report-names.ts';

/** Field names with their model key, "文号 (docNumber)", or "none". */
function fields(list: ParseReport['metaFound']): string {
  return list.length === 0 ? 'none' : list.map((f) => `${META_FIELD_NAMES[f]} (${f})`).join(', ');
}

/**
 * The parse report as `npm run check:plan` prints it, one fact per line:
 *   measures: 45 (45 with leads, 0 with partners, 2 with deadlines)
 */
export function formatPlanReport(file: string, slug: string, r: ParseReport): string {
  const artefacts = Object.entries(r.artefacts).map(([k, n]) => `${k} ${n}`).join(', ');
  const out = [
    `${file} → ${slug}`,
    `  metadata found: ${fields(r.metaFound)}`,
    `  metadata missing: ${fields(r.metaMissing)}`,
    `  measures: ${r.measures} (${r.withLeads} with leads, ${r.withPartners} with partners, ${r.withDeadlines} with deadlines)`,
    `  tables: ${r.tables} (${r.tableRows} rows, ${r.tableMeasures} measures from tables)`,
    `  artefacts removed: ${artefacts === '' ? 'none' : artefacts}`,
    `  warnings: ${r.warnings.length === 0 ? 'none' : r.warnings.length}`,
    ...r.warnings.map((w) => `    ${w.line === null ? 'file' : `line ${w.line}`}: ${w.message}`),
    `  unplaced lines: ${r.unplaced.length === 0 ? 'none' : r.unplaced.length}`,
    ...r.unplaced.map((u) => `    line ${u.line} (${u.kind}): ${u.excerpt}`),
  ];
  return `${out.join('\n')}\n`;
}

/** What the build summary says of a plan with gaps ("missing 文号 (docNumber); no measures"), or null when it has none. */
export function planGaps(r: ParseReport): string | null {
  const gaps = [
    ...(r.metaMissing.length > 0 ? [`missing ${fields(r.metaMissing)}`] : []),
    ...(r.measures === 0 ? ['no measures'] : []),
  ];
  return gaps.length === 0 ? null : gaps.join('; ');
}
