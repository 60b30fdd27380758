/**
 * Headings that carry the section's lead units in a trailing bracket:
 *   自贡 "开办企业〔牵头部门（单位）：市市场监管局〕",
 *        "保护中小投资者〔牵头部门(单位): 市经济和信息化局、市金融工作局〕" (half-width, space);
 *   巫山 "优化水电气接入服务（牵头单位：县城管局、县经济信息委、国网巫山供电公司、…）",
 *        "推行优质高效税费服务（牵头单位：巫山县税务局、县财政局）".
 * Only 牵头/责任 + 部门/单位 labels count. 资阳's "一、开办企业  (牵头领导: 张建红)" names
 * a person (责任领导), not a unit, and is left alone (title unchanged, note null).
 */
import { removeStraySpaces } from './remove-stray-spaces.ts';
import { splitUnits } from './split-units.ts';

const OPENERS = '〔（([［【';
const CLOSERS = '〕）)]］】';
const LABEL = /^(?:牵头|责任)(?:部门|单位)(?:[（(]单位[)）])?[:：](.+)$/u;

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
  const label = LABEL.exec(removeStraySpaces(note.slice(1, -1)).text);
  if (!label) return unchanged;
  return { title: title.slice(0, start).trimEnd(), note, leads: splitUnits(label[1] ?? '') };
}
