/**
 * Schema of downloads/offline/manifest.json, written by the build: the list of files from which
 * the offline zip is made, in the reader's browser or by scripts/offline-zip.ts, out of the
 * site's own bytes (the zip itself is not stored; see scripts/lib/emit/file-site/offline-manifest.ts).
 */
import { z } from 'zod';

/**
 * How a site file is changed on its way into the zip's copy of the site (file-site/):
 * page: module scripts made classic and URLs made relative; css: url()s made relative;
 * data: a fetched file turned into a data script (path gains ".js"); none: as it is.
 */
export const OfflineRewrite = z.enum(['page', 'css', 'data', 'none']);

/** One file of the zip. */
export const OfflineFile = z.object({
  /** Path inside the archive, "/"-separated, under the archive's top folder ("site/plans/x/index.html"). */
  path: z.string().min(1),
  /** Root-relative URL of the site file it is made from ("/plans/x/index.html", "/downloads/offline/_astro/x.js"). */
  from: z.string().startsWith('/'),
  /** Bytes of the site file at `from` (for progress; the zip's entry may differ after rewriting). */
  size: z.number().int().nonnegative(),
  /** How the file is changed on its way into the zip. */
  rewrite: OfflineRewrite,
});

/** The manifest: the archive's top folder and its files. */
export const OfflineManifest = z.object({
  /** Top folder of the archive, with its trailing "/" ("bizenv-atlas/"). */
  prefix: z.string().endsWith('/'),
  /** Name the archive is saved under. */
  name: z.string().endsWith('.zip'),
  /** Sum of the files' `size`. */
  bytes: z.number().int().nonnegative(),
  /** Every file of the archive, in path order. */
  files: z.array(OfflineFile),
});

export type OfflineRewrite = z.infer<typeof OfflineRewrite>;
export type OfflineFile = z.infer<typeof OfflineFile>;
export type OfflineManifest = z.infer<typeof OfflineManifest>;
