import type { Plan } from '../../../src/model/schema.ts';
import type { IndexUnit } from '../../../src/lib/search/index-format.ts';

/** A unit plus what the builder needs besides what goes into u/<n>.json. */
export interface UnitDraft extends IndexUnit {
  /** Indicator ids of the unit (measures only). */
  indicators: string[];
}

/**
 * Cuts a plan page into search units, in page order, each pointing at an element id on the
 * page: the top (title, metadata, opening paragraphs), the notice, every heading with the
 * paragraphs under it, every measure (a table row reads as all its cells), each table's
 * caption/group rows/notes, and the footer.
 */
export function planUnits(plan: Plan): UnitDraft[] {
  const m = plan.meta;
  const top: UnitDraft = { a: '', l: m.title, p: [], t: [m.title, m.docNumber, m.issuer, m.region].filter(Boolean).join(' '), s: [], d: null, indicators: [] };
  const units: UnitDraft[] = [top];
  const measures = new Map(plan.measures.map((x) => [x.n, x]));
  const path: { depth: number; text: string }[] = [];
  let open: UnitDraft = top;
  let notice: UnitDraft | null = null;
  let footer: UnitDraft | null = null;
  const add = (u: UnitDraft) => { units.push(u); return u; };
  for (const b of plan.blocks) {
    if (b.type === 'heading') {
      while (path.length > 0 && path[path.length - 1]!.depth >= b.depth) path.pop();
      const text = `${b.label ?? ''}${b.title}`;
      open = add({ a: b.id, l: text, p: path.map((h) => h.text), t: `${text}${b.note ?? ''}`, s: b.leads, d: null, indicators: [] });
      path.push({ depth: b.depth, text: text.replace(/。$/, '') });
    } else if (b.type === 'paragraph') {
      if (b.role === 'notice' || b.role === 'signature') {
        notice ??= add({ a: 'notice', l: '印发通知', p: [], t: '', s: [], d: null, indicators: [] });
        notice.t += `${notice.t ? '\n' : ''}${b.text}`;
      } else if (b.role === 'footer') {
        footer ??= add({ a: 'doc-footer', l: '文件尾注', p: [], t: '', s: [], d: null, indicators: [] });
        footer.t += `${footer.t ? '\n' : ''}${b.text}`;
      } else open.t += `\n${b.text}`;
    } else if (b.type === 'measure') {
      const x = measures.get(b.n)!;
      add({ a: x.anchor, l: `措施 ${x.n}`, p: x.path, t: `${x.label}${x.text}`, s: x.leads, d: x.deadline, indicators: x.indicators });
    } else {
      const table = add({ a: b.id, l: b.caption ?? '附表', p: [], t: [b.caption, ...b.columns.map((c) => c.name)].filter(Boolean).join(' '), s: [], d: null, indicators: [] });
      const groupCols = new Set(b.columns.flatMap((c, i) => (c.role === 'group1' || c.role === 'group2' ? [i] : [])));
      for (const r of b.rows) {
        const cells = r.cells.filter((c, i) => c !== '' && !groupCols.has(i));
        const x = r.measure === null ? undefined : measures.get(r.measure);
        if (x) add({ a: x.anchor, l: `措施 ${x.n}`, p: x.path, t: cells.join('\n'), s: x.leads, d: x.deadline, indicators: x.indicators });
        else table.t += `\n${r.cells.filter(Boolean).join(' ')}`;
        // Group cells (一级/二级指标) are searchable with the table.
        for (const i of groupCols) if (r.cells[i]) table.t += `\n${r.cells[i]}`;
      }
      if (b.notes.length > 0) table.t += `\n${b.notes.join('\n')}`;
      open = table;
    }
  }
  return units.filter((u) => u.t.trim() !== '');
}
