/** Phase figures read from what `astro build`, `pagefind` and scripts/build.ts print. */

/** What a build's output says about its phases; null where a line is missing. */
export interface PhaseFigures {
  /** Seconds the pipeline took, as scripts/build.ts reports it. */
  pipelineS: number | null;
  /** Seconds `astro build` reports for itself ("6 page(s) built in 3.36s"). */
  astroS: number | null;
  astroPages: number | null;
  /** Seconds Pagefind reports for itself ("Finished in 0.281 seconds"). */
  pagefindS: number | null;
  pagefindPages: number | null;
  pagefindWords: number | null;
  /** Seconds scripts/build.ts reports for the whole build ("site: … ready in 5.3 s"). */
  totalS: number | null;
}

/** Seconds of a duration as Astro prints it: "850ms", "3.36s", "1m 5s". */
function seconds(text: string): number | null {
  const m = /^(?:(\d+)m\s*)?(?:([\d.]+)s|(\d+)ms)?$/.exec(text.trim());
  if (!m || (!m[1] && !m[2] && !m[3])) return null;
  return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0) + Number(m[3] ?? 0) / 1000;
}

/** Reads the phase figures from a build log (colour codes ignored). */
export function phaseFigures(log: string): PhaseFigures {
  const text = log.replace(/\u001b\[[0-9;]*m/g, '');
  const num = (re: RegExp) => { const m = re.exec(text); return m ? Number(m[1]) : null; };
  const astro = /(\d+) page\(s\) built in ((?:\d+m\s*)?[\d.]+m?s)/.exec(text);
  return {
    pipelineS: num(/pipeline: .* in ([\d.]+) s/),
    astroS: astro ? seconds(astro[2]!) : null,
    astroPages: astro ? Number(astro[1]) : null,
    pagefindS: num(/Finished in ([\d.]+) seconds/),
    pagefindPages: num(/Indexed (\d+) pages?/),
    pagefindWords: num(/Indexed (\d+) words?/),
    totalS: num(/site: .* ready in ([\d.]+) s/),
  };
}
