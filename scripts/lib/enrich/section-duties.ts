/**
 * Section-level duties: the units a heading assigns to every measure under it.
 *   〔牵头部门：…〕 / （牵头单位：…；配合单位：…） / （A牵头，B配合） after the title — the structure
 *   stage keeps it as HeadingBlock.note; its partners (and the first-unit rule) are read here;
 *   a marker paragraph between a heading and its first measure (body paragraphs may come first):
 *     "（一）优化开办企业服务\n责任单位：市市场监管局、市税务局\n1．…"
 *     "一、提升政务服务效能\n牵头单位：市政务服务中心  配合单位：各县（市、区）政府\n（一）…".
 * A measure takes the duties of the nearest heading above it that names any.
 * Also finds the document-level "第一责任单位为牵头单位" note (first-unit-leads.ts).
 */
import type { HeadingBlock, ParagraphBlock } from '../../../src/model/schema.ts';
import type { BodyDraft, MeasureDraft } from '../parse/structure-body.ts';
import { extractInlineLeads } from '../text/extract-inline-leads.ts';
import { extractMarkerLines } from '../text/extract-marker-lines.ts';
import { statesFirstUnitLeads } from '../text/first-unit-leads.ts';

/** Lead and partner units a section gives its measures. */
export interface SectionDuty { leads: string[]; partners: string[] }

/** Whether the plan says the first unit of each 责任单位 list is the lead (in its notice, a heading, a measure or `more`, e.g. table notes). */
export function planStatesFirstUnitLeads(blocks: BodyDraft['blocks'], drafts: MeasureDraft[], more: string[] = []): boolean {
  const texts = blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : b.type === 'heading' ? [b.title, b.note ?? ''] : []));
  return [...texts, ...drafts.map((d) => d.text), ...more].some(statesFirstUnitLeads);
}

/** The section duty of each measure (by `n`) that sits under a heading naming units. */
export function sectionDuties(blocks: BodyDraft['blocks'], firstUnitLeads: boolean): Map<number, SectionDuty> {
  const stack: { depth: number; heading: SectionDuty; duty: SectionDuty; markers: string[] }[] = [];
  const out = new Map<number, SectionDuty>();
  let open: (typeof stack)[number] | null = null; // the heading whose marker paragraphs may still follow
  // A paragraph counts only when it is markers through and through ("责任单位：…", not "要明确责任单位：…").
  const readMarkers = (b: ParagraphBlock, entry: (typeof stack)[number]): void => {
    const read = extractMarkerLines([...entry.markers, b.text].join('\n'), firstUnitLeads);
    if (read === null || read.markers.join('\n') !== [...entry.markers, b.text.trim()].join('\n')) return;
    entry.markers.push(b.text.trim());
    // "配合单位：…" alone under a heading whose note names the lead keeps that lead
    entry.duty = { leads: read.leads.length > 0 ? read.leads : entry.heading.leads, partners: [...new Set([...entry.heading.partners, ...read.partners])] };
  };
  for (const b of blocks) {
    if (b.type === 'heading') {
      const h: HeadingBlock = b;
      while (stack.length > 0 && stack[stack.length - 1]!.depth >= h.depth) stack.pop();
      const note = h.note === null ? null : extractInlineLeads(h.note, firstUnitLeads);
      const own = note && note.leads.length > 0 ? { leads: note.leads, partners: note.partners } : { leads: h.leads, partners: [] };
      open = { depth: h.depth, heading: own, duty: own, markers: [] };
      stack.push(open);
    } else if (b.type === 'paragraph' && open !== null) {
      readMarkers(b, open); // a body paragraph ("为…，制定…") may come first: "before its first measure" is what counts
    } else if (b.type === 'measure') {
      open = null;
      const duty = [...stack].reverse().find((e) => e.duty.leads.length > 0 || e.duty.partners.length > 0)?.duty;
      if (duty) out.set(b.n, duty);
    } else open = null;
  }
  return out;
}
