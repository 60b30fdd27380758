const NUMERAL = '[一二三四五六七八九十百零〇两]+';
// 一级指标 / section rows: "一、开办企业 (牵头领导: 张建红)", "十二、劳动力市场监管…"
const LEVEL0 = new RegExp(`^${NUMERAL}、`);
// 二级指标 / sub-section rows: "(一)开办企业流程", "（七十二）投标和履约担保", "(一百零五) 民营经济…"
const LEVEL1 = new RegExp(`^[(（]${NUMERAL}[)）]`);

/** Level of the group label `text` starts with: 0 for "一、", 1 for "(一)" / "（一）", null when none. */
export function groupLabelLevel(text: string): 0 | 1 | null {
  const t = text.replace(/\s+/g, '');
  if (LEVEL0.test(t)) return 0;
  if (LEVEL1.test(t)) return 1;
  return null;
}

/** The label itself, normalised ("（七十二）" → "(七十二)"), or null. */
export function groupLabel(text: string): string | null {
  const t = normalizeGroupText(text);
  return LEVEL0.exec(t)?.[0] ?? LEVEL1.exec(t)?.[0] ?? null;
}

// The page-top repeat "一、开办企业 (牵头领导： 张建红)" equals "一、开办企业  (牵头领导: 张建红)"
// once parentheses and colons are half-width and whitespace is gone.

/** Group cell text normalised for comparison only (half-width brackets and colons, no whitespace). */
export function normalizeGroupText(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/：/g, ':')
    .replace(/，/g, ',');
}
