/** The URLs a stylesheet loads: every `url(…)` and `@import "…"` (fonts and images included). */
export function cssRefs(css: string): string[] {
  const code = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const urls: string[] = [];
  for (const m of code.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gi)) urls.push((m[1] ?? m[2] ?? m[3] ?? '').trim());
  for (const m of code.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)) urls.push((m[1] ?? m[2] ?? '').trim());
  return urls;
}
