import { matchItem, matchLabel } from './match-label.ts';

/** A paragraph of running text and the source line it starts on. */
export interface Para {
  text: string;
  line: number;
}

/** Ends a paragraph: full stop, colon, closing bracket. */
const TERMINAL = /[。！？：:）)〕】」』!?]$/;
/** Clearly mid-sentence: comma, enumeration comma, semicolon, opening bracket or quote. */
const CONTINUES = /[，,、；;（(“‘《〔【—]$/;
/** A whole paragraph that only names who leads: "（市法院负责）" stranded after a page break. */
const LEAD_NOTE = /^[（(].*(牵头|负责|配合).*[）)]$/;
/** Lines that never continue a sentence. */
const STANDALONE = /^(附件\s*\d*[:：]?|抄送[:：]|主送[:：]|印发[:：]|信息公开选项[:：])/;

/** A labelled line without any sentence punctuation, short enough to be a heading ("二、营商环境指标提升重点任务"). */
export function isBareHeading(text: string): boolean {
  return matchLabel(text) !== null && text.length <= 40 && !/[。！？；，]/.test(text);
}

/** More opening than closing brackets or quotes: the sentence is still open ("（国网自贡供电公司、市发展改革委、市"). */
function unbalanced(text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return count(/[（(〔【]/g) > count(/[）)〕】]/g) || count(/“/g) > count(/”/g);
}

/** Whether `next` continues the paragraph `prev` across a page break. */
export function continuesAcrossBreak(prev: string, next: string): boolean {
  // A labelled line or a "——" list item ("——推行简易注销改革。") starts a paragraph of its own.
  if (STANDALONE.test(next) || matchItem(next) !== null) return false;
  if (LEAD_NOTE.test(next) && /[。；）)]$/.test(prev)) return true;
  if (TERMINAL.test(prev) || isBareHeading(prev)) return false;
  if (CONTINUES.test(prev) || unbalanced(prev)) return true;
  // A page break cuts a full line: a long paragraph without closing punctuation goes on
  // ("…实现企业开办“一窗受理”" + "和公积金企业缴存登记线上办…"; "川渝" + "通办").
  return prev.length >= 20;
}

/**
 * Joins paragraphs that a page break split, sometimes mid-word ("市" + "经济和信息化局"),
 * and re-attaches a stranded lead note. Returns the paragraphs and how many breaks were repaired.
 */
export function joinPageBreaks(paras: Para[]): { paras: Para[]; joined: number } {
  const out: Para[] = [];
  let joined = 0;
  for (const p of paras) {
    const last = out[out.length - 1];
    if (last && continuesAcrossBreak(last.text, p.text)) {
      last.text += p.text;
      joined++;
    } else out.push({ ...p });
  }
  return { paras: out, joined };
}
