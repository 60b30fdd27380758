/** The site's frontier entries, computed once per build (every plan page shows its standing; at 3 000 plans recomputing per page would be quadratic). */
import { targetRecords } from '../data/target-records.ts';
import { allPlans } from '../plans.ts';
import { frontier, type FrontierEntry } from './frontier.ts';
import { METRICS } from './taxonomy.ts';

let cache: Promise<FrontierEntry[]> | null = null;

/** Frontier entries of every headline metric set by two or more plans. */
export function siteFrontier(): Promise<FrontierEntry[]> {
  cache ??= allPlans().then((plans) => frontier(targetRecords(plans, METRICS), METRICS, plans));
  return cache;
}
