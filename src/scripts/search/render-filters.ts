import { FACETS, type Facet, type Filters } from '../../lib/search/collect-hits.ts';
import { el } from './render-hit.ts';
import { FACET_NAMES, valueName } from './labels.ts';

/**
 * Values a facet lists at first, most hits first; the others wait behind "其余 N 项" and are made
 * when it is opened. A common word at national scale has hits in thousands of regions: at 3,000
 * plans 营商环境 gave the region facet ~3,000 checkboxes, built and laid out before any result
 * showed, more work than the results themselves.
 */
export const FACET_SHOWN = 12;

/**
 * The filter panel: a fieldset of checkboxes per facet with the number of hits each value
 * would give; selected values stay listed (first FACET_SHOWN or not) even at zero so they can be
 * unticked. Values with equal counts follow `order` (the manifest's zh-CN order); a value it
 * lacks (typed into the URL) goes last.
 */
export function renderFilters(counts: Record<Facet, Record<string, number>>, filters: Filters, names: Map<string, string>, order: Map<string, number>, onChange: (f: Filters) => void): HTMLElement {
  const rank = (v: string) => order.get(v) ?? order.size;
  const box = el('div', 'filters');
  for (const facet of FACETS) {
    const selected = new Set(filters[facet] ?? []);
    const values = new Set([...Object.keys(counts[facet]), ...selected]);
    if (values.size === 0) continue;
    const fs = el('fieldset');
    fs.append(el('legend', undefined, FACET_NAMES[facet]));
    const sorted = [...values].sort((a, b) => (counts[facet][b] ?? 0) - (counts[facet][a] ?? 0) || rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
    const option = (v: string) => {
      const label = el('label');
      const input = el('input');
      input.type = 'checkbox';
      input.name = facet;
      input.value = v;
      input.checked = selected.has(v);
      input.addEventListener('change', () => {
        const next: Filters = { ...filters, [facet]: input.checked ? [...(filters[facet] ?? []), v] : (filters[facet] ?? []).filter((x) => x !== v) };
        onChange(next);
      });
      label.append(input, ` ${valueName(facet, v, names)} `, el('span', 'count', `(${counts[facet][v] ?? 0})`));
      return label;
    };
    const rest = sorted.filter((v, i) => i >= FACET_SHOWN && !selected.has(v));
    fs.append(...sorted.filter((v, i) => i < FACET_SHOWN || selected.has(v)).map(option));
    if (rest.length > 0) {
      const more = el('details', 'more-values');
      more.append(el('summary', undefined, `其余 ${rest.length} 项`));
      more.addEventListener('toggle', () => { if (more.open && more.childElementCount === 1) more.append(...rest.map(option)); });
      fs.append(more);
    }
    box.append(fs);
  }
  return box;
}
