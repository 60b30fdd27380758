/**
 * Some plans state once, for the whole document, that the first unit of every 责任单位 list
 * is the lead and the others partners. The note sits in the notice, the first heading or the
 * first measure, in one of these layouts (DATA: one entry per wording):
 */
const WORDINGS: RegExp[] = [
  // "（第一责任单位为牵头单位，下同）", "第一责任部门为牵头部门"
  /第一责任(?:单位|部门)(?:为|是)牵头/u,
  // "排在第一位的为牵头单位", "列第一位的部门为牵头部门", "排名第一的单位为牵头单位", "列在首位的为牵头单位"
  // "排在第一位的责任单位为牵头单位"
  /(?:排在|列在|位列|列|排名|排列)(?:第一|首)位?的?(?:责任)?(?:单位|部门)?(?:为|是)牵头/u,
  // "首位单位为牵头单位", "第一个单位为牵头单位", "第一家单位为牵头单位", "第一单位为牵头单位"
  /(?:(?:首位|第一个|第一家)(?:的|单位|部门)*|第一(?:单位|部门))(?:为|是)牵头/u,
];

/** Whether `text` carries a first-unit-leads note ("（第一责任单位为牵头单位，下同）"). */
export function statesFirstUnitLeads(text: string): boolean {
  const t = text.replace(/\s+/gu, '');
  return WORDINGS.some((w) => w.test(t));
}

/** A clause of a duty note that only restates the rule ("第一责任单位为牵头单位", "下同", "其他为配合单位"): not a unit list. */
export function isRuleClause(clause: string): boolean {
  const t = clause.trim();
  return /^(?:下同|以下同|后同)$/u.test(t) || /^其[他余](?:的)?(?:单位|部门)?为(?:配合|协办|参与|责任)(?:单位|部门)$/u.test(t) || statesFirstUnitLeads(t);
}
