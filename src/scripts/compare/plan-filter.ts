// Indicator pages: the plan filter. Shows and hides plan columns ([data-plan] sections and table
// cells), dims the bars of hidden plans in charts, and mirrors the choice in the URL query.
import { FACETS, filterQuery, isShown, parseFilter, type FacetValues } from '../../lib/compare/filter-query.ts';

const form = document.getElementById('plan-filter') as HTMLFormElement | null;
if (form) {
  const boxes = (facet: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${facet}"]`)];
  const all = Object.fromEntries(FACETS.map((f) => [f, boxes(f).map((b) => b.value)])) as FacetValues;
  const columns = [...document.querySelectorAll<HTMLElement>('section.plan-col[data-plan]')];
  const facetsOf = new Map(columns.map((c) => [c.dataset.plan!, { plan: c.dataset.plan!, level: c.dataset.level!, year: c.dataset.year! }]));
  const status = document.getElementById('plan-filter-status')!;

  const apply = (updateUrl: boolean) => {
    const chosen = Object.fromEntries(FACETS.map((f) => [f, boxes(f).filter((b) => b.checked).map((b) => b.value)])) as FacetValues;
    const shown = new Set([...facetsOf.values()].filter((p) => isShown(p, chosen)).map((p) => p.plan));
    for (const el of document.querySelectorAll<HTMLElement>('[data-plan]')) {
      const on = shown.has(el.dataset.plan!);
      // SVG bars stay in place (the chart keeps its scale) and are only dimmed.
      if (el instanceof SVGElement) el.classList.toggle('is-dimmed', !on);
      else el.hidden = !on;
    }
    status.textContent = `显示 ${shown.size} / ${facetsOf.size} 份方案`;
    if (updateUrl) history.replaceState(history.state, '', `${location.pathname}${filterQuery(chosen, all)}${location.hash}`);
  };

  // Finding plans by name lists only the matching ones; "全选所列" / "全不选所列" tick or untick those.
  const find = document.getElementById('plan-find') as HTMLInputElement | null;
  const findStatus = document.getElementById('plan-find-status');
  const listed = () => boxes('plan').filter((b) => !b.closest('label')!.hidden);
  const list = () => {
    const words = (find?.value ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean);
    for (const b of boxes('plan')) {
      const label = b.closest('label')!;
      label.hidden = !words.every((w) => label.textContent!.toLowerCase().includes(w));
    }
    if (findStatus) findStatus.textContent = words.length > 0 ? `列出 ${listed().length} / ${boxes('plan').length} 份方案` : '';
  };
  find?.addEventListener('input', list);
  for (const button of form.querySelectorAll<HTMLButtonElement>('button[data-select]')) {
    button.addEventListener('click', () => {
      for (const b of listed()) b.checked = button.dataset.select === 'all';
      apply(true);
    });
  }

  const fromUrl = parseFilter(location.search, all);
  for (const f of FACETS) {
    const picked = fromUrl[f];
    if (picked) for (const b of boxes(f)) b.checked = picked.includes(b.value);
  }
  form.addEventListener('change', () => apply(true));
  // A reset restores the default "checked" state only after the event; apply once it has.
  form.addEventListener('reset', () => setTimeout(() => { list(); apply(true); }));
  form.addEventListener('submit', (e) => e.preventDefault());
  form.hidden = false;
  apply(false);
}
