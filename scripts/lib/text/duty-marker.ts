/**
 * Whether a text names who does a task or by when, in any of the marker layouts plans use:
 *   "（牵头单位：市发展改革委；配合单位：…；完成时限：2022年6月底前）"
 *   "（责任单位：A、B）", "【责任单位：…】", "（A牵头，B配合，6月底前完成）", "（A负责）"
 *   "责任单位：…" / "完成时限：…" / "时限要求：…" / "时间节点：…" on their own lines.
 * Shared by the structure stage (an item carrying a marker is a measure) and the lead and
 * deadline extractors, so both agree on what a marker is.
 */

/** A labelled marker: "牵头单位：", "责任部门:", "配合单位：", "完成时限：", "时间节点：". */
export const LABELLED_MARKER = /(?:牵头|责任|配合|协办|参与|主责|实施|协同)(?:部门|单位)(?:[（(]单位[)）])?\s*[:：]|(?:完成|办结)(?:时限|时间)\s*[:：]|时限要求\s*[:：]|时间节点\s*[:：]|责任(?:领导|人)\s*[:：]/u;

/** A role note in brackets: "（市发展改革委牵头，…）", "（县财政局负责）", "(A牵头)". */
const ROLE_NOTE = /[（(【〔][^（(）)【】〔〕]{2,200}?(?:牵头|负责|配合)(?:落实|实施)?[，,；;。）)】〕]/u;

/** Whether `text` carries a lead, partner or deadline marker of any known layout. */
export function hasDutyMarker(text: string): boolean {
  return LABELLED_MARKER.test(text) || ROLE_NOTE.test(text);
}
