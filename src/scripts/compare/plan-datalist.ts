// Compare page: the list of plans the two inputs suggest, filled from the plan index on first focus.
// Rendered into the page it grew with every plan (3,000 options with titles: ~650 kB of HTML).
import type { PlanIndex } from '../../lib/scale/chosen-plans.ts';
import { siteJson } from '../site-json.ts';

const list = document.getElementById('plan-list') as HTMLDataListElement | null;
const inputs = [...document.querySelectorAll<HTMLInputElement>('input[list="plan-list"]')];
let filled: Promise<void> | null = null;

/** Loads /data/plan-index.json (a data script from file://) once and adds an option per plan: slug, labelled by region and year. */
function fill(): Promise<void> {
  filled ??= siteJson<PlanIndex>('data/plan-index.json')
    .then((index) => {
      list!.replaceChildren(...index.plans.map((p) => {
        const o = document.createElement('option');
        o.value = p.slug;
        o.label = p.name;
        return o;
      }));
    })
    .catch(() => { filled = null; });
  return filled;
}

if (list) for (const input of inputs) input.addEventListener('focus', () => void fill(), { once: false });
