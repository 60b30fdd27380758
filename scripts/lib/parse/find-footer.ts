import type { Para } from './join-page-breaks.ts';

const FOOTER_START = /^(抄送|主送|印发|信息公开选项|公开方式)[:：]|印发$|^电子公文专用章$/;

/**
 * Index where the document footer begins (抄送, 印发, 信息公开选项, 电子公文专用章), or
 * `units.length`. The footer runs to the end of the file; the signature line above an
 * "…印发" date ("自贡市人民政府办公室" / "2021年7月14日印发") belongs to it.
 */
export function findFooter(units: Para[], from: number): number {
  for (let i = from; i < units.length; i++) {
    if (!FOOTER_START.test(units[i]!.text)) continue;
    // Only a tail made of short footer-like lines counts; "印发" inside running text does not.
    const tail = units.slice(i);
    if (tail.every((u) => u.text.length <= 80 || FOOTER_START.test(u.text))) return i;
  }
  return units.length;
}
