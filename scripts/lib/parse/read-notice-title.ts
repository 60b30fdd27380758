import { isIssuerLine, splitIssuers } from './split-issuers.ts';

/** The first line of a covering notice's title, and the offices printed in front of it. */
export interface NoticeTitleStart {
  /** Offices before "关于"/"印发" on the same line; empty when the line starts with "关于". */
  issuers: string[];
}

/**
 * How a notice title starts, one entry per layout (tests/unit/parse/header-recognisers.test.ts runs
 * every example). `issuer` = the text before the verb must be an issuer line.
 */
export const NOTICE_TITLE_LAYOUTS: readonly { pattern: RegExp; issuer: boolean; example: string }[] = [
  // "关于印发巫山县2021年深化“放管服”改革" (issuer on its own line above, or none)
  { pattern: /^关于/u, issuer: false, example: '关于印发XX市优化营商环境实施方案的通知' },
  // "XX市人民政府办公室关于印发XX市优化营商环境实施方案的通知", "省人民政府关于" (title runs on)
  { pattern: /^(.{4,80}?)关于/u, issuer: true, example: 'XX市人民政府办公室关于印发《XX市优化营商环境实施方案》的通知' },
  // "中共XX区委办公室 XX区人民政府办公室印发《…》的通知" (no 关于), "XX市人民政府转发…的通知"
  { pattern: /^(.{4,80}?)(?:印发|转发)/u, issuer: true, example: '中共XX区委办公室 XX区人民政府办公室印发《XX区优化营商环境若干措施》的通知' },
];

/**
 * A notice title ends with its kind, possibly closing a quote ("…的通知》" on web pages) or
 * followed by its 文号 in brackets, as web page headings print it ("…的通知（厦府办〔2019〕116号）").
 */
export const NOTICE_TITLE_END = /(?:通知|意见|决定|函|批复)》?(?:[（(][^（）()]{2,30}号[）)])?$/u;

/** Reads `text` as the first line of a notice title; null when it is not one. */
export function readNoticeTitleStart(text: string): NoticeTitleStart | null {
  const t = text.replace(/^《/u, '');
  if (/[。；]/u.test(t) || t.length > 120) return null;
  for (const layout of NOTICE_TITLE_LAYOUTS) {
    const m = layout.pattern.exec(t);
    if (!m) continue;
    if (!layout.issuer) return { issuers: [] };
    const prefix = m[1]!.trim();
    if (isIssuerLine(prefix)) return { issuers: splitIssuers(prefix) };
  }
  return null;
}
