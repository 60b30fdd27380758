/**
 * A responsibility note on a line of its own after a group of items names the units of the
 * whole group, not only of the last item:
 *   "1．压减办电环节和时间。" / "①低压…" / "②高压…" / "③推行…" / "（牵头单位：国网哈尔滨供电公司；配合单位：…）"
 * The structure stage joins the note to the last item's text; here the items before it, under
 * the same heading and without any unit of their own, take the same leads and partners.
 */
import { hasDutyMarker } from '../text/duty-marker.ts';
import type { BaseMeasure } from './enrich-plan.ts';

/** A whole line that is one bracketed note: "（牵头单位：A；配合单位：B）", "【责任单位：…】", "（A牵头，B配合）". */
const NOTE_LINE = /^[（(【〔][^\n]*[）)】〕][。.]?$/u;

/** A note right after the item's closing "。", as page-break repair joins a note line to it: "…达到90%。（牵头单位：…）". */
const NOTE_AFTER_SENTENCE = /[。；;][（(【〔][^（(【〔\n]*[）)】〕][。.]?$/u;

/** Whether a measure's text ends with a responsibility note on a line of its own (or joined to its last sentence). */
function endsWithGroupNote(text: string): boolean {
  const lines = text.split('\n');
  const last = lines[lines.length - 1]!.trim();
  return ((lines.length > 1 && NOTE_LINE.test(last)) || NOTE_AFTER_SENTENCE.test(last)) && hasDutyMarker(last);
}

/** Same heading path and the same kind of label ("①" and "②", "1．" and "2．"). */
function siblings(a: BaseMeasure, b: BaseMeasure): boolean {
  const kind = (label: string) => label.replace(/[0-9０-９一二三四五六七八九十百]+/gu, '#').replace(/[①-⑳]/gu, '①');
  return a.path.length === b.path.length && a.path.every((p, i) => p === b.path[i]) && kind(a.label) === kind(b.label);
}

/** Measures with the units of a group note shared back to the earlier items of its group that name none. */
export function shareGroupNotes(measures: BaseMeasure[]): BaseMeasure[] {
  const out = [...measures];
  out.forEach((m, i) => {
    if (m.leads.length === 0 || !endsWithGroupNote(m.text)) return;
    // The group: the siblings just before it that have no unit at all (a section's units are
    // theirs: "一、…" / "责任单位：A" / "1．" "2．" "3．…（B负责）" gives B to item 3 only).
    // Shared only when none of them names units of its own; in plans where every item carries
    // its note, an item without one is not in a group.
    let from = i;
    while (from > 0 && siblings(out[from - 1]!, m) && out[from - 1]!.leadSource === 'none') from--;
    const before = out[from - 1];
    if (from === i || (before !== undefined && siblings(before, m))) return;
    for (let j = from; j < i; j++) out[j] = { ...out[j]!, leads: m.leads, partners: m.partners, leadSource: 'inline' };
  });
  return out;
}
