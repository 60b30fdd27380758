import { FACETS, type Facet, type Filters } from '../../lib/search/collect-hits.ts';
import { el } from './render-hit.ts';
import { FACET_NAMES, valueName } from './labels.ts';

/** One collator for every comparison: localeCompare(b, 'zh-CN') builds one per call (27 ms per search on a slow machine). */
const zh = new Intl.Collator('zh-CN');

/**
 * The filter panel: a fieldset of checkboxes per facet with the number of hits each value
 * would give; selected values stay listed even at zero so they can be unticked.
 */
export function renderFilters(counts: Record<Facet, Record<string, number>>, filters: Filters, names: Map<string, string>, onChange: (f: Filters) => void): HTMLElement {
  const box = el('div', 'filters');
  for (const facet of FACETS) {
    const values = new Set([...Object.keys(counts[facet]), ...(filters[facet] ?? [])]);
    if (values.size === 0) continue;
    const fs = el('fieldset');
    fs.append(el('legend', undefined, FACET_NAMES[facet]));
    const sorted = [...values].sort((a, b) => (counts[facet][b] ?? 0) - (counts[facet][a] ?? 0) || zh.compare(a, b));
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
