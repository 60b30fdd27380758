/**
 * `<link rel="modulepreload">` for what a page's module scripts import. Astro emits
 * `<script type="module" src="/_astro/search….js">`, and the browser finds that the script
 * imports `./normalize….js` only once it has fetched and parsed it, while the page's first
 * layout keeps the main thread busy: on the search page that chain cost ~20 ms of a cold query.
 */

// `import{a as b}from"./x.js"`, `import"./x.js"`, `export{t as u}from"./x.js"`, minified or not;
// a dynamic `import("./x.js")` has a parenthesis and stays lazy.
const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{][^"'`;()]*?\bfrom\s*)?["'](\.\/[^"'`]+\.js)["']/g;

/** File names (relative to the chunk's folder) a built ES module chunk imports statically. */
export function staticImports(js: string): string[] {
  return [...new Set([...js.matchAll(STATIC_IMPORT)].map((m) => m[1]!.slice(2)))];
}

/** Every chunk `entry` needs before it runs: its static imports and theirs (those in `chunks`), in discovery order. */
export function moduleDeps(entry: string, chunks: ReadonlyMap<string, string>): string[] {
  const seen = new Set<string>([entry]);
  const out: string[] = [];
  const visit = (name: string) => {
    for (const dep of staticImports(chunks.get(name) ?? '')) {
      if (seen.has(dep) || !chunks.has(dep)) continue;
      seen.add(dep);
      out.push(dep);
      visit(dep);
    }
  };
  visit(entry);
  return out;
}

const MODULE_SCRIPT = /<script type="module" src="\/_astro\/([^"/]+\.js)"><\/script>/g;

/**
 * Adds a modulepreload link before `</head>` for every chunk the page's /_astro/ module scripts
 * import (not the scripts themselves: the preload scanner already sees those). Pages without
 * such imports come back unchanged.
 */
export function addModulePreloads(html: string, depsOf: (entry: string) => string[]): string {
  const deps = new Set<string>();
  for (const m of html.matchAll(MODULE_SCRIPT)) for (const d of depsOf(m[1]!)) deps.add(d);
  if (deps.size === 0) return html;
  const at = html.indexOf('</head>');
  if (at < 0) return html;
  const links = [...deps].map((d) => `<link rel="modulepreload" href="/_astro/${d}">`).join('');
  return html.slice(0, at) + links + html.slice(at);
}
