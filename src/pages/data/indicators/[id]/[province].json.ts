import type { APIRoute, GetStaticPaths } from 'astro';
import { planItems } from '../../../../lib/compare/plan-items.ts';
import { plansAcross } from '../../../../lib/compare/plans-across.ts';
import { INDICATORS } from '../../../../lib/compare/taxonomy.ts';
import { allPlans } from '../../../../lib/plans.ts';
import { ITEM_FIELDS, compactColumn } from '../../../../lib/scale/column-wire.ts';
import { columnRecord } from '../../../../lib/scale/item-record.ts';
import { byProvince, type ProvinceGroup } from '../../../../lib/scale/province-groups.ts';

// Only when plans are too many for one page; below MAX_PLANS_ACROSS the indicator page has them all.
export const getStaticPaths: GetStaticPaths = async () => {
  const plans = await allPlans();
  if (plansAcross(plans.length)) return [];
  const groups = byProvince(plans);
  return INDICATORS.flatMap((indicator) => groups.map((group) => ({ params: { id: indicator.id, province: group.slug }, props: { id: indicator.id, group } })));
};

/** /data/indicators/<id>/<province>.json — the columns of one province's plans on an indicator page, loaded on demand; items compact (lib/scale/column-wire.ts, named in `fields`). */
export const GET: APIRoute = ({ props }) => {
  const { id, group } = props as { id: string; group: ProvinceGroup };
  const body = { indicator: id, province: group.province, fields: ITEM_FIELDS, plans: group.plans.map((p) => compactColumn(columnRecord(p, planItems(p, id)))) };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
