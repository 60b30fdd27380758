import type { HeadingBlock, MeasureBlock, ParagraphBlock } from '../../../src/model/schema.ts';
import { extractSectionLeads } from '../text/extract-section-leads.ts';
import type { TableRegion } from './find-tables.ts';
import { matchLabel } from './match-label.ts';
import { assignRoles, type MeasureLevels } from './measure-depth.ts';
import { splitRunIn } from './split-run-in.ts';

/** A repaired paragraph of the plan body, or the place of a table. */
export type BodyItem = { kind: 'para'; text: string; line: number } | { kind: 'table'; region: TableRegion; line: number };

/** A measure found in running text, before enrichment. */
export interface MeasureDraft {
  n: number;
  label: string;
  title: string | null;
  /** Paragraphs of the measure, label removed, joined by "\n". */
  text: string;
  line: number;
  /** Headings above it: label + title, closing "。" dropped. */
  path: string[];
  /** Lead units named by the nearest heading above that names any. */
  sectionLeads: string[];
}

/** A table's place in the body, with its caption (the short title line above it). */
export interface TablePlace { type: 'table'; id: string; region: TableRegion; caption: string | null; line: number }

/** Body blocks in order, plus the measures found in running text. */
export interface BodyDraft {
  blocks: (HeadingBlock | ParagraphBlock | MeasureBlock | TablePlace)[];
  measures: MeasureDraft[];
}

/** The document talking about itself: a closing paragraph after the last measure (乐山 "市优化营商环境工作领导小组办公室要将工作要点确定的改革任务…"). */
const CLOSING = /(本方案|本意见|本通知|工作要点|工作重点|实施方案|工作方案|行动方案)/;
const ATTACHMENT = /^附件\s*\d*$/;
const CAPTION = (t: string) => t.length <= 60 && !/[。，；：]/.test(t) && matchLabel(t) === null;

/** Heading depth of each label rank in use: the outermost kind used is 1 (schema), at most 6. */
function depthsOf(levels: MeasureLevels): Map<number, number> {
  const ranks = [...new Set(levels.labels.flatMap((l, i) => (l && levels.roles[i] !== 'text' ? [l.rank] : [])))].sort((a, b) => a - b);
  return new Map(ranks.map((r, i) => [r, Math.min(6, i + 1)]));
}

/**
 * Builds the heading hierarchy and the measures of running text. Roles come from
 * `levels` (measure-depth.ts; null: measures come from a table, every label is a heading).
 * Measures take the following unlabelled paragraphs ("责任单位：…" lines included); other
 * labels open headings, split into run-in title and body ("（一）激发市场主体活力。持续深化…").
 */
export function structureBody(items: BodyItem[], levels: MeasureLevels | null): BodyDraft {
  const paraTexts = items.flatMap((it) => (it.kind === 'para' ? [it.text] : []));
  const lv = levels ?? assignRoles(paraTexts, false);
  const depths = depthsOf(lv);
  const blocks: BodyDraft['blocks'] = [];
  const measures: MeasureDraft[] = [];
  const stack: { rank: number; h: HeadingBlock }[] = [];
  let current: MeasureDraft | null = null;
  let tables = 0;
  let p = -1;
  let headings = 0;
  // Whether a label or a table follows item k, found once from the end: scanning the rest of the
  // document at every paragraph was quadratic (40 000 paragraphs of prose took 166 s).
  const labelAfter: boolean[] = new Array<boolean>(items.length + 1).fill(false);
  for (let k = items.length - 1; k >= 0; k--) {
    const x = items[k]!;
    labelAfter[k] = labelAfter[k + 1]! || x.kind === 'table' || matchLabel(x.text) !== null;
  }
  const heading = (rank: number, label: string | null, title: string, line: number) => {
    const lead = extractSectionLeads(title);
    const depth = depths.get(rank) ?? 1;
    const h: HeadingBlock = { type: 'heading', id: `s${++headings}`, depth, label, title: lead.title, note: lead.note, leads: lead.leads, line };
    while (stack.length > 0 && stack[stack.length - 1]!.rank >= rank) stack.pop();
    stack.push({ rank, h });
    blocks.push(h);
  };
  items.forEach((item, i) => {
    const next = items[i + 1];
    if (item.kind === 'table') {
      current = null;
      const prev = blocks[blocks.length - 1];
      const caption = prev?.type === 'paragraph' && CAPTION(prev.text) ? (blocks.pop() as ParagraphBlock).text : null;
      blocks.push({ type: 'table', id: `t${++tables}`, region: item.region, caption, line: item.line });
      return;
    }
    p++;
    if (next?.kind === 'table' && CAPTION(item.text)) { blocks.push({ type: 'paragraph', text: item.text, role: 'body', line: item.line }); return; }
    const label = lv.labels[p] ?? null;
    const role = lv.roles[p]!;
    if (label && role === 'measure') {
      const run = splitRunIn(label.rest);
      const above = stack.filter((s) => s.rank < label.rank).map((s) => s.h);
      const path = above.map((h) => `${h.label ?? ''}${h.title}`.replace(/。$/, ''));
      const sectionLeads = [...above].reverse().find((h) => h.leads.length > 0)?.leads ?? [];
      current = { n: measures.length + 1, label: label.label, title: run.title, text: label.rest, line: item.line, path, sectionLeads };
      measures.push(current);
      blocks.push({ type: 'measure', n: current.n });
      return;
    }
    if (label && (role === 'heading' || role === 'prose')) {
      current = null;
      const run = splitRunIn(label.rest);
      // Inside a framing section a goal "1．到2022年底，企业开办时间压缩至1个工作日。" or a closing
      // article "第五条 本措施自印发之日起施行。" is a paragraph; "（一）加强组织领导。各地…" a heading.
      const sentence = run.title !== null && (/[，,]/.test(run.title) || (run.body === '' && run.title.endsWith('。')));
      if (run.title !== null && !(role === 'prose' && sentence)) {
        heading(label.rank, label.label, run.title, item.line);
        if (run.body !== '') blocks.push({ type: 'paragraph', text: run.body, role: 'body', line: item.line });
        return;
      }
      const lead = extractSectionLeads(label.rest);
      if (lead.note !== null && !/[。；]/.test(lead.title)) { heading(label.rank, label.label, label.rest, item.line); return; }
    }
    if (ATTACHMENT.test(item.text)) { current = null; heading(0, null, item.text, item.line); return; }
    const laterLabels = labelAfter[i + 1]!;
    if (current !== null && !(CLOSING.test(item.text) && !laterLabels)) {
      // A label alone on its line ("3．", the task on the next line) starts the text there, not with a "\n".
      (current as MeasureDraft).text += (current as MeasureDraft).text === '' ? item.text : `\n${item.text}`;
      return;
    }
    current = null;
    blocks.push({ type: 'paragraph', text: item.text, role: 'body', line: item.line });
  });
  return { blocks, measures };
}
