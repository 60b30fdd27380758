/**
 * Whether a text names who does a task or by when, in any of the marker layouts plans use:
 *   "（牵头单位：市发展改革委；配合单位：…；完成时限：2022年6月底前）"
 *   "（责任单位：A、B）", "【责任单位：…】", "（A牵头，B配合，6月底前完成）", "（A负责）"
 *   "责任单位：…" / "完成时限：…" / "时限要求：…" / "时间节点：…" on their own lines.
 * Shared by the structure stage (an item carrying a marker is a measure) and the lead and
 * deadline extractors, so both agree on what a marker is: the labels are the DATA of
 * duty-labels.ts ("牵头单位：", "配合单位：", "完成时限：", "时间节点：", "责任领导："…).
 */
import { ANY_LABEL } from './duty-labels.ts';

/** A labelled marker: any label of duty-labels.ts followed by its colon. */
export const LABELLED_MARKER = new RegExp(ANY_LABEL.source, 'u');

/** A role note in brackets: "（市发展改革委牵头，…）", "（县财政局负责）", "(A牵头)", "（B协办）". */
const ROLE_NOTE = /[（(【〔][^（(）)【】〔〕]{2,200}?(?:牵头|负责|配合|协办|参与)(?:落实|实施)?[，,；;。）)】〕]/u;

/** Whether `text` carries a lead, partner or deadline marker of any known layout. */
export function hasDutyMarker(text: string): boolean {
  return LABELLED_MARKER.test(text) || ROLE_NOTE.test(text);
}
