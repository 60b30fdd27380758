/**
 * 自贡 ends each measure with a parenthetical naming the responsible units:
 *   "（市市场监管局牵头，各区县政府、高新区管委会负责）"
 *   "（市市场监管局牵头，市公安局、…、人行市中心支行等按职责分工负责）"
 *   "（市政务服务和数字化管理局、市市场监管局及市级相关单位按职责分工负责）" (no 牵头)
 *   "(市金融工作局、人行市中心支行、市财政局牵头，市税务局、自贡银保监分局按职责分工负责)"
 *   "（国网自贡供电公司、市发展改革委、市\n\n经济和信息化局、…按职责分工负责)" (mixed
 *   brackets, split by a page break), and "…“24 小时不打烊”。\n\n（市自然资源和规划局负责）".
 * Other layouts: "（牵头单位：市发改委；配合单位：市自然资源局；完成时限：2022年6月底前）",
 * "（责任单位：A、B）", "【责任单位：…】", "〔责任单位：…〕", "（A牵头，B配合，6月底前完成）".
 * Every clause must end in a role (牵头 / 负责 / 配合 / 参与 / 协助 / 协同), be labelled
 * ("牵头单位：…", "完成时限：…") or state a deadline; so "（含100万元）", "（试行）" and
 * "（以下简称小低项目）" are not lead notes. Roles are read by read-duty.ts (牵头 → leads,
 * 配合 → partners; without 牵头 the first 负责 clause gives the leads).
 * `note` is the exact source slice (whitespace kept), so callers can cut it off the text.
 */
import { dutyClauses, readDuty, type Duty } from './read-duty.ts';

const OPENERS = '（(【〔';
const CLOSERS = '）)】〕';

/** Leads, partners and deadlines from the note that ends a measure's text; null when it does not end with one. */
export function extractInlineLeads(text: string, firstUnitLeads = false): (Duty & { note: string }) | null {
  const end = text.replace(/\s*(?:[。；;，,]\s*)?$/u, '').length; // "…（市税务局负责）；" too
  if (!CLOSERS.includes(text[end - 1] ?? '')) return null;
  let depth = 0;
  let start = -1;
  for (let i = end - 1; i >= 0 && start < 0; i--) {
    const ch = text[i] ?? '';
    if (CLOSERS.includes(ch)) depth++;
    else if (OPENERS.includes(ch) && --depth === 0) start = i;
  }
  if (start < 0) return null;
  const note = text.slice(start, end);
  const duty = readDuty(dutyClauses(note.slice(1, -1)), firstUnitLeads);
  return duty === null ? null : { ...duty, note };
}
