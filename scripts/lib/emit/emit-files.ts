import type { Metrics, Taxonomy } from '../../../src/model/compare.ts';
import type { Plan, Warning } from '../../../src/model/schema.ts';
import { foldText } from '../../../src/lib/search/normalize.ts';
import { indicatorUnits } from '../search/indicator-units.ts';
import { buildSearchIndex, type PageInput } from '../search/build-search-index.ts';
import { planUnits } from '../search/plan-units.ts';
import { planToMdast } from './plan-to-mdast.ts';
import { serializeMdx } from './serialize-mdx.ts';

/** A file the build writes, relative to the generated folder. */
export interface OutFile {
  path: string;
  content: string | Uint8Array;
}

/** One plan's files: its model, its body as MDX and its source text (see emitFiles). */
export function planFiles(plan: Plan, source: string | Uint8Array): OutFile[] {
  return [
    // Compact: the site only parses it (160 MB at 500 plans indented); tests/golden keeps a readable copy.
    { path: `model/${plan.slug}.json`, content: `${JSON.stringify(plan)}\n` },
    { path: `plans/${plan.slug}.mdx`, content: serializeMdx(planToMdast(plan)) },
    { path: `public/sources/${plan.slug}.txt`, content: source },
  ];
}

/** One plan's page in the search index, with its units (and their folded texts, made here so threads share the work). */
export function planPage(plan: Plan): PageInput {
  const units = planUnits(plan);
  return {
    page: {
      url: `/plans/${plan.slug}/`, title: plan.meta.title, kind: 'plan' as const,
      facets: Object.fromEntries(Object.entries({ province: plan.meta.province, region: plan.meta.region, level: plan.meta.level, year: plan.meta.year?.toString() }).filter((e): e is [string, string] => typeof e[1] === 'string')),
    },
    units,
    folded: units.map((u) => foldText(u.t)),
  };
}

/** The search index's pages after the plans': one per indicator comparison. */
export function indicatorPages(taxonomy: Taxonomy, metrics: Metrics): PageInput[] {
  return taxonomy.indicators.map((indicator) => ({
    page: { url: `/indicators/${indicator.id}/`, title: `指标对照：${indicator.zh}`, kind: 'indicator' as const, facets: {}, indicator: indicator.id },
    units: indicatorUnits(indicator, metrics),
  }));
}

/** The indicators as the search index lists them. */
export function indicatorIds(taxonomy: Taxonomy): { id: string; name: string }[] {
  return taxonomy.indicators.map((x) => ({ id: x.id, name: x.zh }));
}

/** The build's warnings, for the site. */
export function warningsFile(warnings: Warning[]): OutFile {
  return { path: 'warnings.json', content: `${JSON.stringify(warnings, null, 1)}\n` };
}

/**
 * Emit stage: for every plan its model (`model/<slug>.json`) and its body as MDX
 * (`plans/<slug>.mdx`); files copied into the site as they are under `public/`: the source
 * texts (`public/sources/<slug>.txt`, the original bytes when they are UTF-8, else the decoded
 * text in UTF-8) and the exact search index (`public/search/…`); plus the build's warnings.
 */
export function emitFiles(plans: Plan[], sources: Map<string, string | Uint8Array>, taxonomy: Taxonomy, metrics: Metrics): OutFile[] {
  return [
    ...plans.flatMap((plan) => planFiles(plan, sources.get(plan.sourceFile)!)),
    ...buildSearchIndex([...plans.map(planPage), ...indicatorPages(taxonomy, metrics)], indicatorIds(taxonomy)).map((f) => ({ ...f, path: `public/${f.path}` })),
    warningsFile(plans.flatMap((p) => p.warnings)),
  ];
}
