// The benchmark's baseline: a plain Astro site with MDX and nothing else, to measure what the
// same text costs without our pipeline, components and search. Built by scripts/bench/.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  integrations: [mdx()],
  // Kept out of the project's node_modules and emptied before each run, so every build is cold.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  devToolbar: { enabled: false },
});
