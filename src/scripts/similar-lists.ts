// Plan pages: a similar list holds its first entries as links (SimilarList.astro); opening it
// loads the plan's similar.json once and shows every entry with its excerpt, the shared wording
// in bold. The offline copy opened from disk cannot fetch: there it loads the file as a data
// script (lib/search/data-script.ts). On failure the links stay.
import { scriptSource } from './search/script-source.ts';
import { FILE_SITE, siteHref, siteRoot } from './site-mode.ts';

/** An entry as similar.json gives it: url, label, score in %, excerpt (plain, shared, plain, …). */
type Entry = [string, string, number, string[]];

let data: Promise<Record<string, Entry[]>> | null = null;

/** The plan's similar.json, next to the page (relative: the same in the offline copy's folders). */
function load(): Promise<Record<string, Entry[]>> {
  const slug = /\/plans\/([^/]+)\/(?:index\.html)?$/.exec(location.pathname)?.[1];
  data ??= FILE_SITE && slug
    ? scriptSource(siteRoot()).json(`plans/${decodeURIComponent(slug)}/similar.json`) as Promise<Record<string, Entry[]>>
    : fetch(new URL('similar.json', location.href)).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`similar.json: ${r.status}`))));
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

