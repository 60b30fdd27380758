/**
 * Names and URLs of plans, free of astro:content so that pure helpers and unit tests outside
 * Astro share the one scheme with the pages.
 */

/** Chinese names of the government levels. */
export const LEVEL_NAMES: Record<string, string> = { province: '省级', city: '市级', county: '县级' };

/** URL of a plan page. */
export const planUrl = (slug: string): string => `/plans/${slug}/`;
