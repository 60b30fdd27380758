// /compare/: fetches the two plans named in the URL (?a=&b=) and draws their comparison,
// indicator by indicator, with textContent only (plan text is data, never markup).
import { planDiff, type IndicatorDiff } from '../../lib/compare/plan-diff.ts';
import { expandPlanRecord, type PlanRecord, type PlanRecordMeasure, type WirePlanRecord } from '../../lib/data/plan-record.ts';
import { siteJson } from '../site-json.ts';
import { siteHref } from '../site-mode.ts';

const result = document.getElementById('pair-result');
const status = document.getElementById('pair-status')!;

/** Makes an element with text and children. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string | null, ...children: Node[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text) e.textContent = text;
  e.append(...children);
  return e;
}

const link = (m: PlanRecordMeasure) => { const a = el('a', `措施 ${m.n}`); a.href = siteHref(m.url); return a; };
const measureItem = (m: PlanRecordMeasure) => el('li', null, link(m), document.createTextNode(` ${m.excerpt}`));

function table(caption: string, head: string[], rows: (string | Node)[][]): HTMLElement {
  const t = el('table', null, el('caption', caption), el('thead', null, el('tr', null, ...head.map((h) => { const th = el('th', h); th.scope = 'col'; return th; }))));
  t.append(el('tbody', null, ...rows.map((r) => el('tr', null, ...r.map((c, i) => {
    const cell = el(i === 0 ? 'th' : 'td', typeof c === 'string' ? c : null);
    if (i === 0) (cell as HTMLTableCellElement).scope = 'row';
    if (typeof c !== 'string') cell.append(c);
    return cell;
  })))));
  return el('div', null, t);
}

function section(d: IndicatorDiff, a: PlanRecord, b: PlanRecord, names: Map<string, string>, metrics: Map<string, string>): HTMLElement {
  const s = el('section', null, el('h2', `${names.get(d.indicator) ?? d.indicator}（${a.name} ${d.countA} 项 · ${b.name} ${d.countB} 项）`));
  s.id = `i-${d.indicator}`;
  const targetText = (xs: IndicatorDiff['targetsA'], metric: string) => xs.filter((x) => x.target.metric === metric).map((x) => `${x.target.quote}（措施 ${x.measure.n}）`).join('；') || '—';
  const metricIds = [...new Set([...d.targetsA, ...d.targetsB].map((x) => x.target.metric!))];
  if (metricIds.length > 0) s.append(table('核心量化目标', ['指标', a.name, b.name], metricIds.map((id) => [metrics.get(id) ?? id, targetText(d.targetsA, id), targetText(d.targetsB, id)])));
  if (d.pairs.length > 0) {
    s.append(table(`相同举措（${d.pairs.length} 对）`, ['相似度', a.name, b.name], d.pairs.map((p) => [
      `${Math.round(p.score * 100)}%`, el('span', null, link(p.a), document.createTextNode(` ${p.a.excerpt}`)), el('span', null, link(p.b), document.createTextNode(` ${p.b.excerpt}`)),
    ])));
  }
  for (const [who, only] of [[a.name, d.onlyA], [b.name, d.onlyB]] as const) {
    if (only.length > 0) s.append(el('h3', `仅${who}有（${only.length} 项）`), el('ul', null, ...only.map(measureItem)));
  }
  return s;
}

async function load(slug: string): Promise<PlanRecord> {
  if (!/^[a-z0-9-]+$/.test(slug)) throw new Error(`找不到方案“${slug}”`);
  return expandPlanRecord(await siteJson<WirePlanRecord>(`data/plans/${slug}.json.gz`).catch(() => { throw new Error(`找不到方案“${slug}”`); }));
}

async function show(): Promise<void> {
  if (!result) return;
  const q = new URLSearchParams(location.search);
  const [sa, sb] = [q.get('a')?.trim() ?? '', q.get('b')?.trim() ?? ''];
  (document.getElementById('plan-a') as HTMLInputElement).value = sa;
  (document.getElementById('plan-b') as HTMLInputElement).value = sb;
  if (sa === '' || sb === '') { status.textContent = '请选择两份方案。'; return; }
  status.textContent = '正在载入…';
  try {
    const [a, b] = await Promise.all([load(sa), load(sb)]);
    const names = new Map(JSON.parse(result.dataset.indicators!) as [string, string][]);
    const metrics = new Map(JSON.parse(result.dataset.metrics!) as [string, string][]);
    const diffs = planDiff(a, b, [...names.keys()]);
    const pa = el('a', a.title); pa.href = siteHref(a.url);
    const pb = el('a', b.title); pb.href = siteHref(b.url);
    const summary = table('逐个指标的措施数量', ['指标', a.name, b.name, '相同举措（对）', `仅${a.name}`, `仅${b.name}`], diffs.map((d) => {
      const go = el('a', names.get(d.indicator) ?? d.indicator); go.href = `#i-${d.indicator}`;
      return [go, String(d.countA), String(d.countB), String(d.pairs.length), String(d.onlyA.length), String(d.onlyB.length)];
    }));
    result.replaceChildren(el('p', null, document.createTextNode('方案甲：'), pa, document.createTextNode('；方案乙：'), pb), summary, ...diffs.map((d) => section(d, a, b, names, metrics)));
    status.textContent = `${a.name} 与 ${b.name}：${diffs.length} 个指标。`;
  } catch (e) {
    result.replaceChildren();
    status.textContent = (e as Error).message;
  }
}

void show();
