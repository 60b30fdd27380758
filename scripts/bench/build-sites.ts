/**
 * The two builds the benchmark compares, each from a cold cache: our full build
 * (scripts/build.ts, whatever it does today) and the baseline (bare MDX pages through plain
 * Astro, then plain `pagefind --site`).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { baselineMdx } from './baseline-mdx.ts';
import { phaseFigures, type PhaseFigures } from './build-output.ts';
import { runTimed } from './run-timed.ts';

/** Timing and memory of one build. */
export interface BuildFigures extends PhaseFigures {
  /** Wall seconds of the whole build, process start to exit. */
  wallS: number;
  /** Wall seconds of each command the build ran, where they ran separately. */
  astroWallS: number | null;
  pagefindWallS: number | null;
  /** Peak resident memory: the whole process tree, its astro processes, its pagefind processes. */
  peakRssBytes: number;
  astroPeakRssBytes: number;
  pagefindPeakRssBytes: number;
}

const LABELS = ['astro', 'pagefind'];

/** Environment of a build: project binaries first on PATH, no telemetry. */
const envFor = (root: string, extra: Record<string, string>): NodeJS.ProcessEnv => ({
  ...process.env, ...extra, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${resolve(root, 'node_modules/.bin')}:${process.env.PATH}`,
});

/** Fails with the tail of the log when a build step fails. */
function check(step: string, r: { status: number | null; output: string }): void {
  if (r.status !== 0) throw new Error(`${step} exited with ${r.status}:\n${r.output.slice(-3000)}`);
}

/** Our build of a corpus into `out`; `work` holds its generated data and (emptied) Astro cache. */
export async function buildOurs(root: string, corpus: string, out: string, work: string): Promise<BuildFigures> {
  const cache = resolve(work, `astro-cache-${basename(out)}`);
  const generated = resolve(work, `generated-${basename(out)}`);
  // As for the baseline, earlier output is removed before the clock starts: otherwise our build
  // is also timed deleting the last round's 600 MB site (its swap removes the folder it replaces).
  for (const d of [cache, out, generated]) rmSync(d, { recursive: true, force: true });
  const env = envFor(root, { SEEDS_DIR: corpus, OUT_DIR: out, GENERATED_DIR: generated, ASTRO_CACHE_DIR: cache });
  const build = () => runTimed(process.execPath, [resolve(root, 'scripts/build.ts')], { cwd: root, env, labels: LABELS });
  let r = await build();
  // Every Astro build of this project writes the same .astro/content-modules.mjs, so another
  // build running at the same moment (tests, a second checkout user) can break this one; once
  // is a collision, twice is a real failure.
  if (r.status !== 0 && r.output.includes('UnknownContentCollectionError')) {
    console.warn(`[bench] our build of ${corpus} collided with another Astro build (.astro/content-modules.mjs); building again`);
    rmSync(cache, { recursive: true, force: true });
    r = await build();
  }
  check(`scripts/build.ts on ${corpus}`, r);
  return { ...phaseFigures(r.output), wallS: r.seconds, astroWallS: null, pagefindWallS: null, peakRssBytes: r.peaks.total, astroPeakRssBytes: r.peaks.byLabel['astro']!, pagefindPeakRssBytes: r.peaks.byLabel['pagefind']! };
}

/** The baseline: one bare MDX page per plan file, plain Astro (bench/baseline), plain Pagefind. */
export async function buildBaseline(root: string, files: Iterable<{ name: string; text: string }>, out: string, work: string): Promise<BuildFigures> {
  const content = resolve(work, `content-${basename(out)}`);
  const cache = resolve(work, `astro-cache-${basename(out)}`);
  for (const d of [content, cache, out]) rmSync(d, { recursive: true, force: true });
  mkdirSync(content, { recursive: true });
  for (const f of files) writeFileSync(resolve(content, f.name.replace(/\.\w+$/, '.mdx')), baselineMdx(f.text));
  const env = envFor(root, { BASELINE_CONTENT: content, ASTRO_CACHE_DIR: cache });
  const astro = await runTimed(resolve(root, 'node_modules/.bin/astro'), ['build', '--root', resolve(root, 'bench/baseline'), '--outDir', out], { cwd: root, env, labels: LABELS });
  check('baseline astro build', astro);
  const pagefind = await runTimed(resolve(root, 'node_modules/.bin/pagefind'), ['--site', out], { cwd: root, env, labels: LABELS });
  check('baseline pagefind', pagefind);
  const a = phaseFigures(astro.output);
  const p = phaseFigures(pagefind.output);
  return {
    ...a, pagefindS: p.pagefindS, pagefindPages: p.pagefindPages, pagefindWords: p.pagefindWords,
    wallS: astro.seconds + pagefind.seconds, astroWallS: astro.seconds, pagefindWallS: pagefind.seconds,
    peakRssBytes: Math.max(astro.peaks.total, pagefind.peaks.total), astroPeakRssBytes: astro.peaks.total, pagefindPeakRssBytes: pagefind.peaks.total,
  };
}
