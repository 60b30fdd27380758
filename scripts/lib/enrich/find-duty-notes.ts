/**
 * Responsibility notes name units, not topics, and unit names are full of keywords
 * ("市税务局", "国网自贡供电公司", "市燃气公司", "自贡海关"). 自贡 ends every measure with one:
 *   "（市市场监管局牵头，市公安局、…、人行市中心支行等按职责分工负责）"
 *   "(市金融工作局、人行市中心支行、市财政局牵头，市税务局、自贡银保监分局按职责分工负责)"
 *   "（国网自贡供电公司、市发展改革委、市\n\n经济和信息化局、…按职责分工负责)"  (mixed brackets)
 * and 巫山 puts one after a heading: "（牵头单位：县城管局、县经济信息委、国网巫山供电公司…）".
 * Other plans use "【责任单位：…】", "〔牵头单位：…，责任单位：…〕", "（A牵头，B配合，6月底前完成）",
 * and marker lines after the text: "责任单位：市住建局、市供电公司" / "牵头单位：A  配合单位：B".
 * A bracket is a note when its content ends in a role (牵头/负责/配合/参与/协助/协同) or a 完成
 * clause after a role, or starts with a duty label (duty-labels.ts); "（含100万元）" and
 * "（以下简称小低项目）" are not. A marker line counts from its label to the end of its line.
 */
import { extractMarkerLines } from '../text/extract-marker-lines.ts';
import { matchDutyLabel } from '../text/duty-labels.ts';

/** （ ( 【 〔 and ） ) 】 〕, by code: a string per character was this function's cost. */
const isOpen = (c: number) => c === 0xff08 || c === 0x28 || c === 0x3010 || c === 0x3014;
const isClose = (c: number) => c === 0xff09 || c === 0x29 || c === 0x3011 || c === 0x3015;
const ROLE_END = /(?:牵头|负责|配合|参与|协助|协同)(?:落实)?(?:[，,][^，,]*完成)?[。.]?$/u;

/** Spans [start, end) of the responsibility notes in `text`, brackets included. */
export function findDutyNotes(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isOpen(c)) stack.push(i);
    else if (isClose(c) && stack.length > 0) {
      const start = stack.pop()!;
      if (stack.length > 0) continue; // only outermost parentheticals are notes
      const inner = text.slice(start + 1, i).replace(/\s+/gu, '');
      if (ROLE_END.test(inner) || matchDutyLabel(inner) !== null) spans.push([start, i + 1]);
    }
  }
  let from = 0;
  for (const marker of extractMarkerLines(text)?.markers ?? []) {
    const at = text.indexOf(marker, from);
    if (at < 0) continue;
    from = at + marker.length;
    if (!spans.some(([a, b]) => a <= at && at < b)) spans.push([at, from]);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}
