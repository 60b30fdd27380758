/**
 * Which indicator a heading names, if any. Plans organised by indicator head each section with
 * the indicator's name (自贡 "（三）获得电力〔…〕", 资阳 "四、获得用水用气(牵头领导:吴勇)"); plans
 * organised by theme have headings that merely mention one ("四、提升政务服务质效" in 四川).
 * So a 'name' variant must make up the heading give or take NAME_SLACK characters: "知识产权保护",
 * "开办企业流程" and 巫山's "优化劳动力市场监管" name an indicator, "提升政务服务质效" (4 extra) does
 * not. 'contains' variants (general: "保障措施", "组织保障") may sit anywhere. The longest matching
 * variant wins, so "劳动力市场监管" is labour market, not 市场监管.
 */
import type { Taxonomy } from '../../../src/model/compare.ts';
import { headingCore } from './heading-core.ts';

/** Characters a heading may have besides a 'name' variant. */
export const NAME_SLACK = 3;

/** Per taxonomy, each heading's answer: every measure asks about every heading above it, thousands of times per plan. */
const answers = new WeakMap<Taxonomy, Map<string, string | null>>();
/** Per taxonomy, its variants reduced by headingCore, computed once rather than on every call. */
const variantCores = new WeakMap<Taxonomy, { id: string; nameOnly: boolean; name: string }[]>();

function cores(taxonomy: Taxonomy): { id: string; nameOnly: boolean; name: string }[] {
  let list = variantCores.get(taxonomy);
  if (!list) {
    list = taxonomy.indicators.flatMap((indicator) => indicator.headingVariants.map((variant) => ({ id: indicator.id, nameOnly: indicator.headingMatch === 'name', name: headingCore(variant) })));
    variantCores.set(taxonomy, list);
  }
  return list;
}

/** Id of the indicator the heading names, or null. */
export function matchHeading(heading: string, taxonomy: Taxonomy): string | null {
  let memo = answers.get(taxonomy);
  if (!memo) answers.set(taxonomy, (memo = new Map()));
  let id = memo.get(heading);
  if (id === undefined) memo.set(heading, (id = match(heading, taxonomy)));
  return id;
}

function match(heading: string, taxonomy: Taxonomy): string | null {
  const core = headingCore(heading);
  if (core === '') return null;
  let best: { id: string; length: number } | null = null;
  for (const { id, nameOnly, name } of cores(taxonomy)) {
    if (name === '' || !core.includes(name)) continue;
    if (nameOnly && core.length - name.length > NAME_SLACK) continue;
    if (best === null || name.length > best.length) best = { id, length: name.length };
  }
  return best?.id ?? null;
}
