import { rootOf } from '../../../../src/lib/file-href.ts';

/**
 * A built page made fit to open from disk (file://), before its URLs are made relative
 * (rewrite-urls.ts). There the page's origin is null: module scripts and every fetch or preload
 * of a local file fail with a CORS error, while a classic `<script src>` loads and runs.
 */

/** A change to the page's markup, with the markup it handles. */
interface Rule {
  /** Why the rule exists. */
  why: string;
  pattern: RegExp;
  /** The replacement, `$1` standing for the first group. */
  replace: string;
}

const RULES: Rule[] = [
  {
    why: 'module scripts are refused on file://; the bundle at the same path is a classic script (file-site-fs.ts). `defer` keeps a module\'s timing: run in order once the page is parsed',
    // <script type="module" async src="/_astro/search.astro_astro_type_script_index_0_lang.BxB6h6CF.js"></script>
    // (async since finish-page.ts moves them to the end of the body; Astro writes them without)
    pattern: /<script type="module" (?:async )?src="([^"]+)"><\/script>/g,
    replace: '<script defer src="$1"></script>',
  },
  {
    why: 'preloads of local files fail with a CORS error on file://, and a classic bundle imports nothing',
    // <link rel="modulepreload" href="/_astro/normalize.BnuuyFRN.js">, <link rel="preload" href="/search/manifest.json" as="fetch" crossorigin="anonymous">
    pattern: /<link rel="(?:module)?preload"[^>]*>/g,
    replace: '',
  },
  {
    why: 'the web manifest is for installing the served site; from disk it is a failed request',
    // <link rel="manifest" href="/manifest.webmanifest">
    pattern: /<link rel="manifest"[^>]*>/g,
    replace: '',
  },
  {
    why: 'scripts marked for the served site only (the search page\'s early shard preloads) would request /search/s/….bin from the disk\'s root',
    // <script data-served-only>(function preloadShards(…){…})(…)</script>
    pattern: /<script data-served-only>[\s\S]*?<\/script>/g,
    replace: '',
  },
];

/**
 * The page with classic scripts instead of module scripts, without preloads, the web manifest
 * and served-only scripts, and its way back to the site's root on `<html data-site-root>` for
 * the scripts that make links or load data (src/scripts/site-mode.ts).
 */
export function toClassicPage(html: string, pagePath: string): string {
  let out = html;
  for (const rule of RULES) out = out.replace(rule.pattern, rule.replace);
  if (!/<html\b/.test(out)) throw new Error(`${pagePath}: found no <html> element; expected a page built by Base.astro`);
  const module = /<script\b[^>]*type="module"[^>]*>/.exec(out);
  // A module script left over would be refused from disk: better no zip than a silently broken one.
  if (module) throw new Error(`${pagePath}: found ${module[0]}, which cannot run from disk; expected Astro's <script type="module" src="…"></script>`);
  return out.replace(/<html\b/, `<html data-site-root="${rootOf(pagePath)}"`);
}

/** The module scripts a built page loads ("/_astro/x.js" → "_astro/x.js"): each needs its classic bundle. */
export function moduleScripts(html: string): string[] {
  return [...html.matchAll(/<script type="module" (?:async )?src="\/([^"]+)"><\/script>/g)].map((m) => m[1]!);
}

/** Whether a site file is one of Astro's module chunks ("_astro/x.js"), which the copy keeps only as classic bundles. */
export function isModuleChunk(path: string): boolean {
  return /^_astro\/[^/]+\.js$/.test(path);
}
