/**
 * Measures and section goals of a plan seen from one indicator: what the comparison pages list
 * in a plan's column, with the links, ids and evidence they show.
 */
import type { Evidence, EnrichedTarget } from '../../model/compare.ts';
import type { Deadline, Goal, Measure, Plan } from '../../model/schema.ts';
import { planUrl } from '../plan-urls.ts';

/** A measure or a section goal as listed on an indicator page. */
export interface PlanItem {
  kind: 'measure' | 'goal';
  /** Element id on the indicator page: the measure id ("zigong-2021-m3") or "<slug>-<heading id>". */
  domId: string;
  /** Plan page URL with the fragment of the measure or heading. */
  url: string;
  /** Short name: "措施 3" or "目标 · 1.目标任务". */
  name: string;
  /** Headings above it, outermost first. */
  path: string[];
  /** Full text. */
  text: string;
  /** Whether the indicator is the item's primary (first) indicator. */
  primary: boolean;
  /** The item's primary indicator id. */
  primaryIndicator: string;
  /** How the indicator was decided for this item (absent for the "general" fallback). */
  evidence: Evidence | undefined;
  leads: string[];
  partners: string[];
  deadlines: Deadline[];
  targets: EnrichedTarget[];
}

/** URL of a measure on its plan page. */
export const measureUrl = (slug: string, m: Pick<Measure, 'anchor'>): string => `${planUrl(slug)}#${m.anchor}`;
/** URL of a goal's heading on its plan page. */
export const goalUrl = (slug: string, g: Pick<Goal, 'anchor'>): string => `${planUrl(slug)}#${g.anchor}`;
/** Element id of a goal on comparison pages (measure ids are already unique site-wide). */
export const goalDomId = (slug: string, g: Pick<Goal, 'anchor'>): string => `${slug}-${g.anchor}`;
/** Name of a goal: its own heading, e.g. "1.目标任务". */
export const goalName = (g: Pick<Goal, 'path'>): string => `目标 · ${g.path.at(-1) ?? '正文'}`;

function fromMeasure(plan: Plan, m: Measure, indicator: string): PlanItem {
  return {
    kind: 'measure', domId: m.id, url: measureUrl(plan.slug, m), name: `措施 ${m.n}`, path: m.path, text: m.text,
    primary: m.indicators[0] === indicator, primaryIndicator: m.indicators[0]!,
    evidence: m.evidence.find((e) => e.indicator === indicator),
    leads: m.leads, partners: m.partners, deadlines: m.deadlines, targets: m.targets,
  };
}

function fromGoal(plan: Plan, g: Goal, indicator: string): PlanItem {
  return {
    kind: 'goal', domId: goalDomId(plan.slug, g), url: goalUrl(plan.slug, g), name: goalName(g), path: g.path, text: g.text,
    primary: g.indicators[0] === indicator, primaryIndicator: g.indicators[0]!,
    evidence: g.evidence.find((e) => e.indicator === indicator),
    leads: [], partners: [], deadlines: [], targets: g.targets,
  };
}

/**
 * Goals, then measures, of a plan that concern an indicator, primary ones first (each group in
 * document order): a reader sees what the plan mainly commits to before what it touches on.
 */
export function planItems(plan: Plan, indicator: string): readonly PlanItem[] {
  let byIndicator = itemCache.get(plan);
  if (!byIndicator) itemCache.set(plan, (byIndicator = new Map()));
  let out = byIndicator.get(indicator);
  if (!out) {
    const items = [
      ...plan.goals.filter((g) => g.indicators.includes(indicator)).map((g) => fromGoal(plan, g, indicator)),
      ...plan.measures.filter((m) => m.indicators.includes(indicator)).map((m) => fromMeasure(plan, m, indicator)),
    ];
    byIndicator.set(indicator, (out = Object.freeze([...items.filter((i) => i.primary), ...items.filter((i) => !i.primary)])));
  }
  return out;
}

// An indicator page, its per-province pages, their page split and their data files each list a
// plan's items: at 500 plans making them four times over was 1.2 s of the build. Frozen, as shared.
const itemCache = new WeakMap<Plan, Map<string, readonly PlanItem[]>>();

/** Short plan name for column heads and chart labels: region and year ("资阳市 2021"). */
export const planShortName = (plan: Pick<Plan, 'meta'>): string => `${plan.meta.region}${plan.meta.year ? ` ${plan.meta.year}` : ''}`;
