import type { ParsedDoc } from '../parse/parse-plan.ts';
import { readDateLine } from '../parse/read-date-line.ts';
import { isIssuerLine, splitIssuers } from '../parse/split-issuers.ts';

/**
 * The signature that closes a document issued as is, without a covering notice
 * ("XX市人民政府关于…的实施意见" … "XX市人民政府" / "2022年3月1日"), which the footer
 * finder put in the footer; read here for metadata only (the lines stay as written).
 */
export function closingSignature(doc: ParsedDoc): { issuers: string[]; date: string | null; raw: string } | null {
  const last = doc.footer.map((p) => p.text);
  for (let i = last.length - 1; i >= 1; i--) {
    const date = readDateLine(last[i]!);
    if (date && isIssuerLine(last[i - 1]!)) return { issuers: splitIssuers(last[i - 1]!), date: date.date, raw: date.raw };
  }
  return null;
}
