import type { Para } from './join-page-breaks.ts';
import { readDateLine } from './read-date-line.ts';
import { isIssuerLine } from './split-issuers.ts';

/**
 * Lines that open the document footer, one entry per layout (examples run by
 * tests/unit/parse/header-recognisers.test.ts). The footer runs to the end of the file.
 */
export const FOOTER_LAYOUTS: readonly { pattern: RegExp; example: string }[] = [
  { pattern: /^(?:抄送|主送|印发|信息公开选项|公开方式)[:：]/u, example: '抄送：市委办公室，市人大常委会办公室。' },
  // "自贡市人民政府办公室" / "2021年7月14日印发" (the office line above belongs to it too)
  { pattern: /印发$/u, example: '2021年7月14日印发' },
  { pattern: /^电子公文专用章$/u, example: '电子公文专用章' },
  // A web page's own lines after the text ("扫一扫在手机打开当前页", "【打印】【关闭】")
  { pattern: /^扫一扫在手机(?:上)?打开当前页$/u, example: '扫一扫在手机打开当前页' },
  { pattern: /^(?:[【[]\s*(?:打印本页|打印|关闭窗口|关闭)\s*[】\]]\s*)+$/u, example: '【打印】【关闭】' },
];

/**
 * A document issued without a covering notice closes with its own signature: office line(s) and
 * a date ("XX市人民政府" / "2022年3月1日"), which must not run into the last measure's text.
 */
function closingSignature(units: Para[], i: number): boolean {
  let j = i;
  while (j < units.length && j - i < 3 && isIssuerLine(units[j]!.text)) j++;
  return j > i && j < units.length && readDateLine(units[j]!.text) !== null;
}

/**
 * Index where the document footer begins (抄送, 印发, 信息公开选项, 电子公文专用章, a web page's
 * closing lines), or `units.length`. The signature line above an "…印发" date
 * ("自贡市人民政府办公室" / "2021年7月14日印发") belongs to it.
 */
export function findFooter(units: Para[], from: number): number {
  // Only a tail made of short footer-like lines counts; "印发" inside running text does not.
  // The first unit from which the tail is all such lines, found from the end in one pass
  // (checking the tail at every candidate was quadratic in a file of many "…印发" lines).
  const footerLine = (t: string) => FOOTER_LAYOUTS.some((l) => l.pattern.test(t));
  let footerLike = units.length;
  while (footerLike > 0 && (units[footerLike - 1]!.text.length <= 80 || footerLine(units[footerLike - 1]!.text))) footerLike--;
  for (let i = Math.max(from, footerLike); i < units.length; i++) {
    if (footerLine(units[i]!.text) || closingSignature(units, i)) return i;
  }
  return units.length;
}
