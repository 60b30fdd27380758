import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';

// Quotes and dashes of the plans must stay as written (smart punctuation off), and no GFM: plan
// text such as "www.gov.cn" or "~~" must stay text, never become links or strikethrough.
// Sätteri (a native Markdown/MDX compiler) instead of remark: the same HTML for our MDX, and the
// MDX step of the build several times faster on hundreds of plans.
export default defineConfig({
  integrations: [mdx()],
  markdown: { processor: satteri({ features: { gfm: false, smartPunctuation: false } }) },
  // Stylesheets inline in every page; after the build each page's styles become one shared sheet
  // (scripts/lib/emit/external-styles.ts: one link and one file per set of styles, where Astro's
  // 'never' links a file per CSS chunk), except on the search page, whose first layout waits for
  // no sheet; the Content-Security-Policy allows a <style> left inline by its hash (style-hashes.ts).
  build: { format: 'directory', inlineStylesheets: 'always' },
  trailingSlash: 'always',
  // scripts/build.ts sets ASTRO_CACHE_DIR so that builds of different corpora never share a content cache.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Never inline a script: the Content-Security-Policy allows scripts from this origin only.
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro's own MDX modules carry a "use astro:head-inject" directive that rolldown warns
        // about once per plan; with hundreds of plans that drowns every useful message.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
