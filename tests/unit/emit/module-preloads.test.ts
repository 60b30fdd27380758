import { describe, expect, it } from 'vitest';
import { addModulePreloads, moduleDeps, staticImports } from '../../../scripts/lib/emit/module-preloads.ts';

describe('modulepreload links for module scripts', () => {
  it('reads static imports and re-exports, minified or not, and leaves dynamic imports lazy', () => {
    const js = 'import{n as e,r as t}from"./normalize.B1.js";import{t as r}from"./parse-query.B2.js";\nimport "./side.js";\nexport { x } from \'./re.js\';\nconst m = () => import("./lazy.js");';
    expect(staticImports(js)).toEqual(['normalize.B1.js', 'parse-query.B2.js', 'side.js', 're.js']);
    expect(staticImports('const s = "import";')).toEqual([]);
  });
  it('follows imports of imports once each, and only to chunks that exist', () => {
    const chunks = new Map([
      ['search.js', 'import{a}from"./parse.js";import{b}from"./normalize.js";import{z}from"./gone.js";'],
      ['parse.js', 'import{b}from"./normalize.js";export{a};'],
      ['normalize.js', 'export{b};'],
      ['plan.js', 'const h=()=>import("./parse.js");'],
    ]);
    expect(moduleDeps('search.js', chunks)).toEqual(['parse.js', 'normalize.js']);
    expect(moduleDeps('plan.js', chunks)).toEqual([]);
  });
  it('adds one link per dependency before </head>, and leaves other pages byte-identical', () => {
    const deps = (e: string) => (e === 'search.js' ? ['parse.js', 'normalize.js'] : []);
    const page = '<html><head><title>检索</title></head><body><script type="module" src="/_astro/search.js"></script></body></html>';
    expect(addModulePreloads(page, deps)).toBe('<html><head><title>检索</title><link rel="modulepreload" href="/_astro/parse.js"><link rel="modulepreload" href="/_astro/normalize.js"></head><body><script type="module" src="/_astro/search.js"></script></body></html>');
    const plan = '<html><head></head><body><script type="module" src="/_astro/plan.js"></script></body></html>';
    expect(addModulePreloads(plan, deps)).toBe(plan);
  });
});
