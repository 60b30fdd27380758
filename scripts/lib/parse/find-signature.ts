import type { Para } from './join-page-breaks.ts';
import { readDateLine } from './read-date-line.ts';
import { isIssuerLine, splitIssuers } from './split-issuers.ts';

/** A notice's signature: the offices above its date, the date, and the marks after it. */
export interface Signature {
  /** Index of the first signature unit (an issuer line, or the date line). */
  from: number;
  /** Index of the date line. */
  at: number;
  /** Index of the first unit after the signature and its marks. */
  end: number;
  /** Offices that sign, in order (a joint notice signs with two or more). */
  issuers: string[];
  /** ISO date; null when the written date is damaged ("2019116"). */
  date: string | null;
  /** The date as written. */
  raw: string;
}

/**
 * Lines after the date that still belong to the signature (tests/unit/parse/header-recognisers.test.ts
 * runs every example). Brackets may be full- or half-width.
 */
export const SIGNATURE_TAIL_LAYOUTS: readonly { pattern: RegExp; examples: string[] }[] = [
  { pattern: /^[（(]此件[^）)]{2,12}[）)]$/u, examples: ['（此件公开发布）', '（此件主动公开）', '（此件不予公开）', '(此件依申请公开)'] },
  { pattern: /^[（(]联系人[:：][^）)]{1,60}[）)]$/u, examples: ['（联系人：王某；联系电话：1234567）'] },
];

/** "XX市人民政府办公室 2021年7月30日": office and date on one line (fields joined by one space). */
function sameLine(text: string): { issuers: string[]; date: ReturnType<typeof readDateLine> } | null {
  const m = /^(\S+(?:\s\S+)*)\s(\S+)$/u.exec(text);
  const date = m ? readDateLine(m[2]!) : null;
  return m && date && isIssuerLine(m[1]!) ? { issuers: splitIssuers(m[1]!), date } : null;
}

/**
 * Finds the first signature date in `units[from..limit)` and the office lines right above it
 * (at most three, never above `floor`). "巫山县人民政府办公室" / "2021年7月30日" / "（此件公开发布）".
 */
export function findSignature(units: Para[], from: number, limit: number, floor: number): Signature | null {
  for (let d = from; d < Math.min(limit, units.length); d++) {
    const text = units[d]!.text;
    const alone = readDateLine(text);
    const joint = alone ? null : sameLine(text);
    const date = alone ?? joint?.date;
    if (!date) continue;
    let start = d;
    while (start - 1 >= floor && d - start < 3 && isIssuerLine(units[start - 1]!.text)) start--;
    const issuers = [...units.slice(start, d).flatMap((u) => splitIssuers(u.text)), ...(joint?.issuers ?? [])];
    let end = d + 1;
    while (end < units.length && SIGNATURE_TAIL_LAYOUTS.some((l) => l.pattern.test(units[end]!.text))) end++;
    return { from: start, at: d, end, issuers, date: date.date, raw: date.raw };
  }
  return null;
}
