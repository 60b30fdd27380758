import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';

// Quotes and dashes of the plans must stay as written: smartypants off.
export default defineConfig({
  integrations: [mdx()],
  markdown: { processor: unified(), smartypants: false },
  build: { format: 'directory' },
  trailingSlash: 'always',
  // scripts/build.ts sets ASTRO_CACHE_DIR so that builds of different corpora never share a content cache.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  devToolbar: { enabled: false },
});
