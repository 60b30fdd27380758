/**
 * Who does a measure of running text and by when, from every marker layout it may carry:
 *   marker lines after the text   "责任单位：A、B" / "牵头单位：A  配合单位：B  完成时限：2024年底";
 *   a note ending the text        "（A牵头，B配合，6月底前完成）", "【责任单位：…】" (or its first line);
 *   its section                   a heading's 〔牵头部门：…〕 or a "责任单位：…" paragraph under it.
 * The text is never changed (the notes stay in it); deadlines of the running text are read
 * without the notes and markers, whose own deadlines are read whole and follow in text order.
 */
import type { Deadline } from '../../../src/model/schema.ts';
import type { MeasureDraft } from '../parse/structure-body.ts';
import { extractInlineLeads } from '../text/extract-inline-leads.ts';
import { extractMarkerLines } from '../text/extract-marker-lines.ts';
import { findDeadlines } from '../text/find-deadlines.ts';
import { removeStraySpaces } from '../text/remove-stray-spaces.ts';
import { resolveDeadline } from '../text/resolve-deadline.ts';
import type { BaseMeasure } from './enrich-plan.ts';
import type { SectionDuty } from './section-duties.ts';

/** What the whole document says about duties: the first-unit-leads rule, and each measure's section duty. */
export interface DocDuties { firstUnitLeads: boolean; sections: Map<number, SectionDuty> }

/** A value that states no deadline at all: "完成时限：无", "时间节点：—", "/". */
const NONE = /^(?:无|—+|-+|\/|暂无)$/u;

/** A marker's deadline value read whole ("2022年6月底前", "长期坚持", "及时"): resolved where it names a date. */
function markerDeadline(raw: string, year: number | null): Deadline {
  const resolved = year === null ? null : resolveDeadline(raw, year);
  return resolved ?? { raw: removeStraySpaces(raw).text || raw, date: null };
}

/** Leads, partners, leader and deadlines of one measure draft. */
export function measureDuty(d: MeasureDraft, year: number | null, doc: DocDuties): Pick<BaseMeasure, 'leads' | 'partners' | 'leadSource' | 'leader' | 'deadlines'> {
  const marked = extractMarkerLines(d.text, doc.firstUnitLeads);
  let body = d.text;
  for (const m of marked?.markers ?? []) body = body.replace(m, '');
  body = body.trimEnd();
  // The note ends the text, or ends the first line when the body follows: "推行一窗通办（A牵头，B配合）\n具体…"
  const firstLine = body.split('\n')[0] ?? '';
  const inline = extractInlineLeads(body, doc.firstUnitLeads) ?? (firstLine !== body ? extractInlineLeads(firstLine, doc.firstUnitLeads) : null);
  const at = inline ? (body.endsWith(inline.note) ? body.lastIndexOf(inline.note) : body.indexOf(inline.note)) : -1;
  const [before, after] = inline ? [body.slice(0, at), body.slice(at + inline.note.length)] : [body, ''];
  const ownLeads = [...new Set([...(marked?.leads ?? []), ...(inline?.leads ?? [])])];
  const ownPartners = [...new Set([...(marked?.partners ?? []), ...(inline?.partners ?? [])])].filter((p) => !ownLeads.includes(p));
  const section = doc.sections.get(d.n) ?? { leads: d.sectionLeads, partners: [] };
  const useSection = ownLeads.length === 0 && section.leads.length > 0;
  const leadSource = (marked?.leads.length ?? 0) > 0 ? 'marker' : (inline?.leads.length ?? 0) > 0 ? 'inline' : useSection ? 'section' : 'none';
  const running = (t: string) => (year === null ? [] : findDeadlines(t, year));
  const read = (raws: string[]) => raws.filter((raw) => !NONE.test(raw)).map((raw) => markerDeadline(raw, year));
  // text order: running text, the note, running text after it (first-line notes), the marker lines
  const deadlines = [...running(before), ...read(inline?.deadlines ?? []), ...running(after), ...read(marked?.deadlines ?? [])];
  return {
    leads: useSection ? section.leads : ownLeads,
    partners: useSection && ownPartners.length === 0 ? section.partners : ownPartners,
    leadSource, leader: marked?.leader ?? inline?.leader ?? null, deadlines,
  };
}
