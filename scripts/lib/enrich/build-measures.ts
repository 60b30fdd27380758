import type { Deadline } from '../../../src/model/schema.ts';
import type { ParsedTable } from '../parse/parse-table.ts';
import type { MeasureDraft } from '../parse/structure-body.ts';
import { resolveDeadline } from '../text/resolve-deadline.ts';
import { splitUnits } from '../text/split-units.ts';
import type { BaseMeasure } from './enrich-plan.ts';
import { shareGroupNotes } from './group-note-duty.ts';
import { measureDuty, type DocDuties } from './measure-duty.ts';

/** The deadline a measure as a whole must meet: the latest one its text names. */
export function latestDeadline(found: Deadline[]): Deadline | null {
  let best: Deadline | null = null;
  for (const d of found) if (d.date !== null && (best === null || d.date > best.date!)) best = d;
  return best ?? found[0] ?? null;
}

/**
 * Measures of running text: leads, partners, leader and deadlines from their marker lines, their
 * trailing note ("（…牵头，…配合）") or their section (measure-duty.ts); a note closing a group of
 * items is shared with the group (group-note-duty.ts). `doc` carries the
 * document-wide rule "第一责任单位为牵头单位" and the section duties found in the blocks.
 */
export function textMeasures(slug: string, drafts: MeasureDraft[], year: number | null, doc: DocDuties = { firstUnitLeads: false, sections: new Map() }): BaseMeasure[] {
  return shareGroupNotes(drafts.map((d) => {
    const duty = measureDuty(d, year, doc);
    return {
      id: `${slug}-m${d.n}`, n: d.n, label: d.label, anchor: `m${d.n}`, path: d.path, title: d.title, text: d.text,
      ...duty, deadline: latestDeadline(duty.deadlines), line: d.line,
    };
  }));
}

/** Measures of an appendix table: one per numbered row; units, partners (配合单位), leader and deadline from their columns. */
export function tableMeasures(slug: string, table: ParsedTable, first: number, year: number | null): BaseMeasure[] {
  const col = (role: string) => table.columns.findIndex((c) => c.role === role);
  const units = col('units');
  const partnerCol = col('partners');
  const deadline = col('deadline');
  return table.rows.filter((r) => r.number !== null).map((r, i) => {
    const n = first + i;
    const raw = deadline >= 0 ? r.cells[deadline] ?? '' : '';
    const leads = units >= 0 ? splitUnits(r.cells[units] ?? '') : [];
    const partners = partnerCol >= 0 ? splitUnits(r.cells[partnerCol] ?? '').filter((p) => !leads.includes(p)) : [];
    const resolved = raw === '' ? null : year === null ? { raw, date: null } : resolveDeadline(raw, year);
    return {
      id: `${slug}-m${n}`, n, label: r.label ?? String(r.number), anchor: `m${n}`, path: r.groups, title: null,
      text: r.measureText ?? '', leads, partners, leadSource: leads.length > 0 ? 'column' : 'none',
      leader: r.leader,
      deadline: resolved, deadlines: resolved ? [resolved] : [],
      line: r.line,
    };
  });
}
