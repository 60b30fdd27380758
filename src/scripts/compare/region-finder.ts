// Home page at scale: finds plans by region name or pinyin in the plan index and lists them as links.
import { findPlans, type PlanIndex } from '../../lib/scale/chosen-plans.ts';
import { siteJson } from '../site-json.ts';
import { siteHref } from '../site-mode.ts';

const form = document.getElementById('region-finder') as HTMLFormElement | null;
if (form) {
  const input = document.getElementById('region-find') as HTMLInputElement;
  const status = document.getElementById('region-status')!;
  const results = document.getElementById('region-results')!;
  let index: Promise<PlanIndex> | null = null;
  const load = (): Promise<PlanIndex> => (index ??= siteJson<PlanIndex>('data/plan-index.json'));
  input.addEventListener('input', async () => {
    const typed = input.value;
    const found = findPlans((await load()).plans, typed, 50);
    if (typed !== input.value) return;
    results.replaceChildren(...found.map((p) => {
      const a = document.createElement('a');
      a.textContent = p.name;
      a.href = siteHref(`/plans/${p.slug}/`);
      const li = document.createElement('li');
      li.append(a);
      return li;
    }));
    status.textContent = typed.trim() === '' ? '' : `找到 ${found.length} 份方案${found.length === 50 ? '（只列前 50 份）' : ''}`;
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  form.hidden = false;
}
