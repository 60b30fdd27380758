// Plan pages: a similar list holds its first entries as links (SimilarList.astro); opening it
// loads the plan's similar.json.gz once (served or from disk, site-json.ts) and shows every
// entry with its excerpt, the shared wording in bold. On failure the links stay.
import { siteJson } from './site-json.ts';
import { siteHref } from './site-mode.ts';

/** An entry as similar.json gives it: url, label, score in %, excerpt (plain, shared, plain, …). */
type Entry = [string, string, number, string[]];

let data: Promise<Record<string, Entry[]>> | null = null;

/** The plan's similar.json.gz, next to its page ("/plans/<slug>/", or ".../index.html" in the offline copy). */
function load(): Promise<Record<string, Entry[]>> {
  const slug = /\/plans\/([^/]+)\/(?:index\.html)?$/.exec(location.pathname)?.[1];
  if (!slug) return Promise.reject(new Error(`${location.pathname} is not a plan page`));
  data ??= siteJson<Record<string, Entry[]>>(`plans/${decodeURIComponent(slug)}/similar.json.gz`);
  return data;
}

/** One entry as the list shows it: link, score, excerpt. */
function item([url, label, score, pieces]: Entry): HTMLLIElement {
  const li = document.createElement('li');
  const a = Object.assign(document.createElement('a'), { href: siteHref(url), textContent: label });
  const s = Object.assign(document.createElement('span'), { textContent: `相似度 ${score}%` });
  const p = Object.assign(document.createElement('p'), { className: 'similar-text' });
  pieces.forEach((t, i) => p.append(i % 2 === 1 ? Object.assign(document.createElement('b'), { className: 'shared', textContent: t }) : t));
  li.append(a, s, p);
  return li;
}

async function fill(details: HTMLDetailsElement): Promise<void> {
  const anchor = details.closest('.measure')?.id;
  if (!anchor || details.dataset.loaded) return;
  details.dataset.loaded = 'pending';
  try {
    const entries = (await load())[anchor];
    if (!entries) return;
    details.querySelector('ol')!.replaceChildren(...entries.map(item));
    details.querySelector('.more')?.remove();
    details.dataset.loaded = 'yes';
  } catch {
    delete details.dataset.loaded;
  }
}

// "toggle" does not bubble: listen in the capture phase, one listener for every list.
document.addEventListener('toggle', (e) => {
  const t = e.target;
  if (t instanceof HTMLDetailsElement && t.open && t.classList.contains('similar')) void fill(t);
}, true);

