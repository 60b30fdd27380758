/**
 * How many plans a comparison sets side by side. Up to this many, plans are the columns of the
 * comparison tables and charts (the five seeds: one column each, read across). Beyond it they
 * run down the page, one row (or card) per plan: at 500 plans a plan-per-column table was 25 000
 * px wide, its heatmap a 42 000 px strip scaled down to 14 px high, and the headline table 500
 * columns of "—".
 */
export const MAX_PLANS_ACROSS = 12;

/** Whether `plans` plans still fit side by side (see MAX_PLANS_ACROSS). */
export const plansAcross = (plans: number): boolean => plans <= MAX_PLANS_ACROSS;
