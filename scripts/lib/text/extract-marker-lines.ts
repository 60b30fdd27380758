/**
 * Marker lines: labels that follow a measure's text instead of a bracketed note.
 *   "责任单位：市自然资源局、市住建局"            (a line of its own)
 *   "牵头单位：市发改委\n配合单位：市财政局\n完成时限：2022年12月"
 *   "牵头单位：A  配合单位：B  完成时限：2024年底"  (several labels, spaces between)
 *   "推行企业开办一日办结。牵头单位：市市场监管局；完成时限：2022年6月底前" (after the text)
 *   "（责任单位：A；完成时限：2023年底）"           (a bracketed note on a line of its own)
 * A marker starts a line or follows "。；;！" or a space; "明确责任单位：…" inside a sentence is
 * not one. Everything from the marker to the end of its line is read (read-duty.ts).
 */
import { ANY_LABEL } from './duty-labels.ts';
import { dutyClauses, readDuty, type Duty } from './read-duty.ts';

/** Where a marker may start: line start, a bracket opening a line, or after a sentence end / space. */
const BEFORE_MARKER = /(?:^\s*[（(【〔]?\s*|[。；;！!]\s*|[ \t\u3000]+)$/u;
const WRAPPED = /^[（(【〔]([^]*?)[）)】〕][。.]?$/u;

/** Unclosed brackets in `s`: a label inside "（…；配合单位：…）" belongs to a note, not a marker line. */
function openDepth(s: string): number {
  let depth = 0;
  for (const ch of s) depth = '（(【〔'.includes(ch) ? depth + 1 : '）)】〕'.includes(ch) ? Math.max(0, depth - 1) : depth;
  return depth;
}

/** The marker tails of `text`'s lines (exact slices), and the duty they state together; null when none. */
export function extractMarkerLines(text: string, firstUnitLeads = false): (Duty & { markers: string[] }) | null {
  const markers: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.includes('：') && !line.includes(':')) continue; // every label ends in a colon
    for (const m of line.matchAll(ANY_LABEL)) {
      const before = line.slice(0, m.index);
      const open = /^\s*[（(【〔]\s*$/u.exec(before);
      if (!BEFORE_MARKER.test(before) || (open === null && openDepth(before) > 0)) continue;
      markers.push(line.slice(open ? open.index : m.index).trim());
      break;
    }
  }
  // A line that does not read as duties ("完成时限" followed by prose) is no marker; the others are read together
  // (a 责任单位 line beside a 牵头单位 line names partners).
  const clauses = (m: string) => dutyClauses(WRAPPED.exec(m)?.[1] ?? m);
  const good = markers.filter((m) => readDuty(clauses(m)) !== null);
  const duty = good.length === 0 ? null : readDuty(good.flatMap(clauses), firstUnitLeads);
  return duty === null ? null : { ...duty, markers: good };
}
