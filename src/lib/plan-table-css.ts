/**
 * The style of one appendix table, written once per table instead of on each of its cells:
 * a 384-row table repeated `data-label="重点举措" class="col-measure"` on every cell (70 kB of
 * 资阳's page). Column widths by role, and on a phone each cell's column name before it.
 */
import type { ColumnRole } from '../model/schema.ts';

/** Layout of a column by role: text columns keep a readable width, short ones stay on one line. */
const ROLE_CSS: Partial<Record<ColumnRole, string>> = {
  measure: 'min-width:20rem',
  units: 'min-width:10rem',
  partners: 'min-width:10rem',
  number: 'white-space:nowrap',
  leader: 'white-space:nowrap',
  deadline: 'white-space:nowrap',
};

/** A CSS string literal: quotes, backslashes, line breaks and "<" (no "</style>") escaped. */
const cssString = (s: string): string => `"${s.replace(/[\\"<\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

/**
 * CSS for table `id` with `columns` (in order) and, when some row has one, the extra "指标"
 * cell after them. `:where()` keeps the rules as weak as the site's `.plan-table td` ones, so
 * the phone layout in site.css still resets widths; group rows (one spanning cell) are left out.
 */
export function planTableCss(id: string, columns: readonly { role: ColumnRole; name: string }[], extraLabel: string | null): string {
  const row = `:where(#${id} tr:not(.group))`;
  const wide = columns.flatMap((c, i) => (ROLE_CSS[c.role] ? [`${row}>:nth-child(${i + 1}){${ROLE_CSS[c.role]}}`] : []));
  const labels = [...columns.map((c) => c.name), ...(extraLabel === null ? [] : [extraLabel])]
    .map((name, i) => `:where(#${id} tbody tr:not(.group))>:nth-child(${i + 1})::before{content:${cssString(`${name}：`)}}`);
  return `${wide.join('')}@media (max-width:40rem){${labels.join('')}}`;
}
