import { FACETS, type Facet, type Filters } from '../../lib/search/collect-hits.ts';
import { el } from './render-hit.ts';
import { FACET_NAMES, valueName } from './labels.ts';

/**
 * The filter panel: a fieldset of checkboxes per facet with the number of hits each value
 * would give; selected values stay listed even at zero so they can be unticked. Values with
 * equal counts follow `order` (the manifest's zh-CN order); a value it lacks (typed into the
 * URL) goes last.
 */
export function renderFilters(counts: Record<Facet, Record<string, number>>, filters: Filters, names: Map<string, string>, order: Map<string, number>, onChange: (f: Filters) => void): HTMLElement {
  const rank = (v: string) => order.get(v) ?? order.size;
  const box = el('div', 'filters');
  for (const facet of FACETS) {
    const values = new Set([...Object.keys(counts[facet]), ...(filters[facet] ?? [])]);
    if (values.size === 0) continue;
    const fs = el('fieldset');
    fs.append(el('legend', undefined, FACET_NAMES[facet]));
    const sorted = [...values].sort((a, b) => (counts[facet][b] ?? 0) - (counts[facet][a] ?? 0) || rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
    for (const v of sorted) {
      const label = el('label');
      const input = el('input');
      input.type = 'checkbox';
      input.name = facet;
      input.value = v;
      input.checked = filters[facet]?.includes(v) ?? false;
      input.addEventListener('change', () => {
        const next: Filters = { ...filters, [facet]: input.checked ? [...(filters[facet] ?? []), v] : (filters[facet] ?? []).filter((x) => x !== v) };
        onChange(next);
      });
      label.append(input, ` ${valueName(facet, v, names)} `, el('span', 'count', `(${counts[facet][v] ?? 0})`));
      fs.append(label);
    }
    box.append(fs);
  }
  return box;
}
