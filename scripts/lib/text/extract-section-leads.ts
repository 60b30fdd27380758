/**
 * Headings that carry the section's lead units in a trailing bracket:
 *   自贡 "开办企业〔牵头部门（单位）：市市场监管局〕",
 *        "保护中小投资者〔牵头部门(单位): 市经济和信息化局、市金融工作局〕" (half-width, space);
 *   巫山 "优化水电气接入服务（牵头单位：县城管局、县经济信息委、国网巫山供电公司、…）",
 *        "推行优质高效税费服务（牵头单位：巫山县税务局、县财政局）".
 * Other plans: "（一）优化开办企业服务【牵头单位：市市场监管局；配合单位：市税务局】",
 *   "二、提升获得电力水平（市供电公司牵头，市住建局配合）", "〔责任单位：区政务服务中心〕".
 * The note is read like a measure's (read-duty.ts) and counts when it names a lead unit.
 * 资阳's "一、开办企业  (牵头领导: 张建红)" names a person (责任领导), not a unit, and is left
 * alone (title unchanged, note null); so are "（试行）" and "（2022—2025年）".
 */
import { dutyClauses, readDuty } from './read-duty.ts';

const OPENERS = '〔（([［【';
const CLOSERS = '〕）)]］】';

/** Split a heading title into the title proper, its trailing lead note, and the lead units it names. */
export function extractSectionLeads(title: string): { title: string; note: string | null; leads: string[] } {
  const unchanged = { title, note: null, leads: [] };
  const end = title.trimEnd().length;
  if (!CLOSERS.includes(title[end - 1] ?? '')) return unchanged;
  // Walk back to the matching opener; "〔牵头部门（单位）：…〕" nests one bracket in another.
  let depth = 0;
  let start = -1;
  for (let i = end - 1; i >= 0 && start < 0; i--) {
    const ch = title[i] ?? '';
    if (CLOSERS.includes(ch)) depth++;
    else if (OPENERS.includes(ch) && --depth === 0) start = i;
  }
  if (start <= 0) return unchanged;
  const note = title.slice(start, end);
  const duty = readDuty(dutyClauses(note.slice(1, -1)));
  if (duty === null || duty.leads.length === 0) return unchanged;
  return { title: title.slice(0, start).trimEnd(), note, leads: duty.leads };
}
