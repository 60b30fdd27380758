/**
 * The name part of a heading, for comparing headings with indicator names. Headings arrive as
 * the parser found them, e.g.
 *   "（一）开办企业〔牵头部门（单位）：市市场监管局〕"          (自贡: label + nested lead note)
 *   "一、开办企业  (牵头领导: 张建红)" / "十二、劳动力 市场监管 (牵头领导: 常务副市长)" (资阳 cells)
 *   "十九、获得用地★(牵头领导: 吴勇)"                         (★ = indicator added by Sichuan)
 *   "十六、知识产权创造、保护和运用（牵头领导：张建红）"     (full-width note, 、 inside the name)
 *   "（二）优化水电气接入服务（牵头单位：县城管局、…）"     (巫山)
 * The label, bracketed notes (nested; an unclosed one is cut to the end), markers, whitespace and
 * punctuation go; full-width forms fold to half-width. "知识产权创造、保护和运用" → "知识产权创造保护和运用".
 */
import { compactText } from './compact-text.ts';

const LABEL = /^(?:第?[一二三四五六七八九十百零〇]+[、.]|\([一二三四五六七八九十百零〇\d]+\)|\d+[、.]|[①-⑳])/u;
const BRACKETED = /[(〔\[【][^()〔〕\[\]【】]*[)〕\]】]/gu;
const UNCLOSED = /[(〔\[【].*$/u;
const NOISE = /[★☆▲△●○◎⊙◆◇■□※、，,。.．：:；;“”"'‘’·\-—_*#]/gu;

/** Heading text reduced to its name: no label, notes, markers, whitespace or punctuation. */
export function headingCore(heading: string): string {
  let s = compactText(heading).text.replace(/^\*+|\*+$/gu, '');
  s = s.replace(LABEL, '');
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(BRACKETED, '');
  }
  return s.replace(UNCLOSED, '').replace(NOISE, '');
}
