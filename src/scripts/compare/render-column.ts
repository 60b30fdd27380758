// A plan's column on an indicator page, drawn from its data record (lib/scale/item-record.ts)
// with the markup of the static one (components/compare/PlanColumn.astro, CompareItem.astro).
// Text goes in with textContent only: plan text is data, never markup.
import type { ColumnRecord, ItemRecord } from '../../lib/scale/item-record.ts';
import { siteHref } from '../site-mode.ts';

/** Makes an element with a class, text and children. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string | null, text?: string | null, ...children: Node[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text) e.textContent = text;
  e.append(...children);
  return e;
}

function link(text: string, url: string, cls?: string): HTMLAnchorElement {
  const a = el('a', cls ?? null, text);
  a.href = siteHref(url);
  return a;
}

function item(r: ItemRecord): HTMLElement {
  const article = el('article', ['cmp-item', r.primary ? '' : 'secondary', r.kind === 'goal' ? 'goal' : ''].filter(Boolean).join(' '));
  article.id = r.id;
  article.append(el('p', 'item-head', null, link(r.name, r.url, 'item-link'), ...r.badges.map((b) => el('span', 'badge', b))));
  if (r.path) article.append(el('p', 'item-path', r.path));
  article.append(el('p', 'excerpt', null, ...r.excerpt.map(([text, mark]) => (mark ? el('mark', null, text) : document.createTextNode(text)))));
  if (r.targets.length > 0) {
    const d = el('details', 'item-targets', null, el('summary', null, `量化目标 ${r.targets.length} 项`), document.createTextNode(r.targets.join('；')));
    d.open = r.targets.length <= 3;
    article.append(d);
  }
  if (r.facts) article.append(el('dl', 'item-facts', null, el('dt', null, '牵头'), el('dd', null, r.facts.leads), el('dt', null, '时限'), el('dd', null, r.facts.deadlines)));
  const [label, term, tail] = r.evidence;
  article.append(el('p', 'evidence', label, ...(term ? [el('span', 'ev-term', term)] : []), document.createTextNode(tail)));
  return article;
}

/** The column of one plan: heading linking to the plan page, counts, then its items (or a note that it has none). */
export function renderColumn(c: ColumnRecord): HTMLElement {
  const section = el('section', 'plan-col');
  section.id = `plan-${c.slug}`;
  section.setAttribute('aria-labelledby', `plan-${c.slug}-h`);
  Object.assign(section.dataset, { plan: c.slug, level: c.level, year: c.year });
  const h = el('h3', null, null, link(c.name, c.url));
  h.id = `plan-${c.slug}-h`;
  section.append(h, el('p', 'col-meta', c.meta));
  section.append(c.items.length === 0 ? el('p', 'not-covered', '本方案未涉及该指标。') : el('ol', 'items', null, ...c.items.map((r) => el('li', null, null, item(r)))));
  return section;
}
