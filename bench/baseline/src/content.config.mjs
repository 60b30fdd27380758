// One bare MDX file per plan, written by scripts/bench/build-sites.ts into BASELINE_CONTENT.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

if (!process.env.BASELINE_CONTENT) throw new Error('BASELINE_CONTENT must name the folder of MDX plans (set by npm run bench)');

export const collections = {
  plans: defineCollection({ loader: glob({ pattern: '*.mdx', base: process.env.BASELINE_CONTENT }) }),
};
