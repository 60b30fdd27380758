// Indicator pages at scale: the filter chooses plans (provinces, level, year, named plans; kept in
// the URL), and the columns of the chosen ones are fetched from the per-province data files
// (/data/indicators/<id>/<province>.json.gz) and drawn, served or from disk (site-json.ts).
import { chosenPlans, findPlans, parseScaleFilter, scaleQuery, type PlanIndex, type ScaleFilter } from '../../lib/scale/chosen-plans.ts';
import { expandColumn, type WireColumn } from '../../lib/scale/column-wire.ts';
import type { ColumnRecord } from '../../lib/scale/item-record.ts';
import { siteJson } from '../site-json.ts';
import { renderColumn } from './render-column.ts';

const form = document.getElementById('scale-filter') as HTMLFormElement | null;
const cols = document.getElementById('scale-cols');
if (form && cols) {
  const indicator = form.dataset.indicator!;
  const status = document.getElementById('scale-status')!;
  const find = document.getElementById('scale-find') as HTMLInputElement;
  const found = document.getElementById('scale-found')!;
  const boxes = (facet: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${facet}"]`)];
  const shards = new Map<string, Promise<ColumnRecord[]>>();
  const shard = (province: string) => {
    if (!shards.has(province)) shards.set(province, siteJson<{ plans: WireColumn[] }>(`data/indicators/${indicator}/${province}.json.gz`).then((d) => d.plans.map(expandColumn)));
    return shards.get(province)!;
  };
  let named: string[] = [];
  let index: PlanIndex = { provinces: [], plans: [] };

  // Level and year left all ticked do not narrow; provinces and plans narrow only when some are chosen.
  const current = (): ScaleFilter => {
    const picked = (f: string) => boxes(f).filter((b) => b.checked).map((b) => b.value);
    const narrowing = (f: string) => (picked(f).length < boxes(f).length ? picked(f) : null);
    return { province: picked('province').length > 0 ? picked('province') : null, level: narrowing('level'), year: narrowing('year'), plan: named.length > 0 ? named : null };
  };

  const listNamed = () => {
    const typed = findPlans(index.plans, find.value);
    const shown = [...new Set([...named, ...typed.map((p) => p.slug)])].map((s) => index.plans.find((p) => p.slug === s)!).filter(Boolean);
    found.replaceChildren(...shown.map((p) => {
      const label = document.createElement('label');
      const box = Object.assign(document.createElement('input'), { type: 'checkbox', name: 'plan', value: p.slug, checked: named.includes(p.slug) });
      label.append(box, ` ${p.name}`);
      return label;
    }));
  };

  let run = 0;
  const apply = async (updateUrl: boolean) => {
    const f = current();
    if (updateUrl) history.replaceState(history.state, '', `${location.pathname}${scaleQuery(f)}${location.hash}`);
    const chosen = chosenPlans(index.plans, f);
    const mine = ++run;
    if (chosen.length === 0) {
      cols.replaceChildren();
      status.textContent = f.province || f.plan ? '所选条件下没有方案。' : `请选择省份或查找方案，载入其措施（共 ${index.plans.length} 份方案）。`;
      return;
    }
    status.textContent = `正在载入 ${chosen.length} 份方案的措施…`;
    try {
      const loaded = (await Promise.all([...new Set(chosen.map((p) => p.province))].map(shard))).flat();
      if (mine !== run) return;
      const wanted = new Set(chosen.map((p) => p.slug));
      cols.replaceChildren(...loaded.filter((c) => wanted.has(c.slug)).map(renderColumn));
      status.textContent = `显示 ${wanted.size} / ${index.plans.length} 份方案`;
      if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
    } catch (e) {
      if (mine === run) status.textContent = (e as Error).message;
    }
  };

  form.addEventListener('change', (e) => {
    const t = e.target as HTMLInputElement;
    if (t.name === 'plan') named = t.checked ? [...named, t.value] : named.filter((s) => s !== t.value);
    void apply(true);
  });
  find.addEventListener('input', listNamed);
  form.addEventListener('reset', () => setTimeout(() => { named = []; listNamed(); void apply(true); }));
  form.addEventListener('submit', (e) => e.preventDefault());

  void siteJson<PlanIndex>('data/plan-index.json').then((i) => {
    index = i;
    const f = parseScaleFilter(location.search);
    for (const facet of ['province', 'level', 'year'] as const) {
      const picked = f[facet];
      if (picked) for (const b of boxes(facet)) b.checked = picked.includes(b.value);
    }
    named = (f.plan ?? []).filter((s) => index.plans.some((p) => p.slug === s));
    listNamed();
    form.hidden = false;
    void apply(false);
  }, (e: Error) => { status.textContent = e.message; form.hidden = false; });
}
