import type { APIRoute, GetStaticPaths } from 'astro';
import { planShortName } from '../../lib/compare/plan-items.ts';
import { allPlans } from '../../lib/plans.ts';
import type { PlanIndex } from '../../lib/scale/chosen-plans.ts';
import { byProvince } from '../../lib/scale/province-groups.ts';
import { toPinyinSlug } from '../../../scripts/lib/text/to-pinyin-slug.ts';

// Always written: the compare page's plan list reads it at any size; the plan filter and region finder at scale too.
export const getStaticPaths: GetStaticPaths = () => [{ params: { index: 'plan-index' } }];

/** /data/plan-index.json — every plan's slug, name, province, level, year and region pinyin (see lib/scale/chosen-plans.ts). */
export const GET: APIRoute = async () => {
  const groups = byProvince(await allPlans());
  const index: PlanIndex = {
    provinces: groups.map((g) => [g.slug, g.province]),
    plans: groups.flatMap((g) => g.plans.map((p) => ({
      slug: p.slug, name: planShortName(p), province: g.slug, level: p.meta.level ?? 'unknown', year: String(p.meta.year ?? 'unknown'), pinyin: toPinyinSlug(p.meta.region),
    }))),
  };
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
