import type { Para } from './join-page-breaks.ts';

const FOOTER_START = /^(抄送|主送|印发|信息公开选项|公开方式)[:：]|印发$|^电子公文专用章$/;

/**
 * Index where the document footer begins (抄送, 印发, 信息公开选项, 电子公文专用章), or
 * `units.length`. The footer runs to the end of the file; the signature line above an
 * "…印发" date ("自贡市人民政府办公室" / "2021年7月14日印发") belongs to it.
 */
export function findFooter(units: Para[], from: number): number {
  // Only a tail made of short footer-like lines counts; "印发" inside running text does not.
  // The first unit from which the tail is all such lines, found from the end in one pass
  // (checking the tail at every candidate was quadratic in a file of many "…印发" lines).
  let footerLike = units.length;
  while (footerLike > 0 && (units[footerLike - 1]!.text.length <= 80 || FOOTER_START.test(units[footerLike - 1]!.text))) footerLike--;
  for (let i = Math.max(from, footerLike); i < units.length; i++) if (FOOTER_START.test(units[i]!.text)) return i;
  return units.length;
}
