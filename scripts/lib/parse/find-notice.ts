import { isDocNumberLine, normalizeDocNumber } from '../text/normalize-doc-number.ts';
import { findSignature } from './find-signature.ts';
import { joinPageBreaks, type Para } from './join-page-breaks.ts';
import { noticePlanName } from './notice-plan-name.ts';
import { readPageInfo, type PageInfoField } from './read-page-info.ts';
import { NOTICE_TITLE_END, readNoticeTitleStart } from './read-notice-title.ts';
import { isIssuerLine, splitIssuers } from './split-issuers.ts';

/** The covering notice (印发通知) that precedes a plan in most files, and the page lines before it. */
export interface Notice {
  /** 文号, normalised ("川办发〔2021〕17号"). */
  docNumber: string | null;
  /** The main issuing office: the first that signs, or the first named with the title. */
  issuer: string | null;
  /** Every issuing office in order (two or more for a joint notice). */
  issuers: string[];
  /** "关于印发…的通知", joined when it runs over several lines; null when the file starts below it. */
  title: string | null;
  /** The notice's date, ISO; null when absent or damaged. */
  date: string | null;
  /** The signature date as written, kept when it does not resolve ("2019116"). */
  dateRaw: string | null;
  /** The plan's name as the notice gives it: 《…》 or the title's words. */
  planName: string | null;
  /** Labelled web-page lines before the notice ("发文机关：…", "成文日期：…"). */
  pageInfo: { field: PageInfoField; label: string; value: string }[];
  /** The notice's text as paragraphs, in order. */
  paras: (Para & { role: 'notice' | 'signature' })[];
  /** Index of the first unit after the notice. */
  end: number;
}

const LIMIT = 60;
/**
 * "各县（市、区）人民政府，市政府各部门：", "各市(州)人民政府,省政府各部门…有关单位:",
 * "市直有关单位，各县区人民政府：" — a line ending with a colon that addresses offices
 * (a lone "牵头单位：" does not: it lists no one).
 */
const ADDRESSEE = /^各[^。；]{2,120}[：:]$|^[^。；]{2,120}[，,、][^。；]{1,60}(?:部门|单位|人民政府|管委会|机构)[：:]$/u;
/** "附件" / "附件1" alone after the signature: the attachment (the plan) starts below it. */
const ATTACHMENT_MARK = /^附件\s*\d*\s*[:：]?$/u;
/** A bare index code from a web page's information table ("HHCR-2023-01005"). */
const INDEX_CODE = /^[A-Za-z0-9][A-Za-z0-9\-/_.]{5,}$/u;

/** Lines a file may open with before any notice or title: page info, 文号, an index code. */
function isPreambleLine(text: string): boolean {
  return readPageInfo(text) !== null || isDocNumberLine(text) || INDEX_CODE.test(text);
}

/** The notice title starting at `t`: up to four short lines joined until it ends with 通知/意见…. */
function titleAt(units: Para[], t: number): { text: string; end: number; issuers: string[] } | null {
  const start = readNoticeTitleStart(units[t]!.text);
  if (!start) return null;
  let text = '';
  for (let i = t; i < Math.min(units.length, t + 4); i++) {
    if (i > t && /[。，；：:]/u.test(units[i]!.text)) break;
    text += units[i]!.text;
    if (NOTICE_TITLE_END.test(text)) return { text, end: i, issuers: start.issuers };
  }
  return null;
}

/**
 * Finds the covering notice: an optional title ("关于印发…的通知", with or without the issuer in
 * front, or "…印发《…》的通知"), the addressees, the text and a signature date; or, in a file
 * that opens at the addressee line, addressees + text + signature. Web-page lines and the 文号
 * may come first. A file with neither still gets its leading page lines as a notice without title.
 */
export function findNotice(units: Para[]): Notice | null {
  const limit = Math.min(units.length, LIMIT);
  const a = units.slice(0, limit).findIndex((u) => ADDRESSEE.test(u.text));
  let title: ReturnType<typeof titleAt> = null;
  let t = -1;
  for (let i = 0; i < (a < 0 ? limit : a) && !title; i++) if (!isPreambleLine(units[i]!.text)) { title = titleAt(units, i); t = i; }
  const textFrom = title ? Math.max(title.end + 1, a) : a;
  const sig = textFrom >= 0 && (title || a >= 0) ? findSignature(units, textFrom + 1, limit, textFrom + 1) : null;
  const hands = (to: number) => /印发|转发/u.test(units.slice(textFrom, to).map((u) => u.text).join(''));
  // "XX市人民政府关于进一步优化营商环境的实施意见" issued as is: the title is the plan's own.
  if (title && !/印发|转发/u.test(title.text) && !(sig && hands(sig.from))) return direct(units, t, title.issuers, textFrom);
  if (!sig) return preamble(units);
  const headEnd = a >= 0 && a > (title?.end ?? -1) ? a : (title?.end ?? -1) + 1;
  let above = t;
  while (title && above - 1 >= 0 && t - above < 2 && isIssuerLine(units[above - 1]!.text)) above--;
  const paras: Notice['paras'] = [];
  const pageInfo: Notice['pageInfo'] = [];
  let docNumber: string | null = null;
  for (let i = 0; i < headEnd; i++) {
    const u = units[i]!;
    if (title && i > t && i <= title.end) continue;
    paras.push({ text: title && i === t ? title.text : u.text, line: u.line, role: 'notice' });
    if (isDocNumberLine(u.text)) docNumber ??= normalizeDocNumber(u.text);
    if (!(title && i === t)) pageInfo.push(...(readPageInfo(u.text) ?? []));
  }
  if (title && /号[）)]$/u.test(title.text)) docNumber ??= normalizeDocNumber(title.text);
  const text = joinPageBreaks(units.slice(headEnd, sig.from)).paras;
  // Without an addressee line the 文号 below the title lies in this stretch ("…的通知" / "浦府办〔2021〕12号").
  for (const p of text) if (isDocNumberLine(p.text)) docNumber ??= normalizeDocNumber(p.text);
  paras.push(...text.map((p) => ({ ...p, role: 'notice' as const })));
  for (let i = sig.from; i < sig.end; i++) paras.push({ text: units[i]!.text, line: units[i]!.line, role: 'signature' });
  let end = sig.end;
  for (; end < units.length && ATTACHMENT_MARK.test(units[end]!.text); end++) paras.push({ text: units[end]!.text, line: units[end]!.line, role: 'notice' });
  const issuers = sig.issuers.length > 0 ? sig.issuers : title?.issuers.length ? title.issuers : units.slice(above, t).flatMap((u) => splitIssuers(u.text));
  return {
    docNumber, issuer: issuers[0] ?? null, issuers, title: title?.text ?? null, date: sig.date, dateRaw: sig.raw,
    planName: noticePlanName(title?.text ?? null, text.map((p) => p.text).join('')), pageInfo, paras, end,
  };
}

/** A file without a notice may still open with page lines and its 文号 ("川办发〔2021〕17号"): those lines alone. */
function preamble(units: Para[]): Notice | null {
  let end = 0;
  while (end < Math.min(units.length, LIMIT) && isPreambleLine(units[end]!.text)) end++;
  if (end === 0) return null;
  const lines = units.slice(0, end);
  const docLine = lines.find((u) => isDocNumberLine(u.text));
  return {
    docNumber: docLine ? normalizeDocNumber(docLine.text) : null, issuer: null, issuers: [], title: null, date: null, dateRaw: null, planName: null,
    pageInfo: lines.flatMap((u) => readPageInfo(u.text) ?? []), paras: lines.map((u) => ({ ...u, role: 'notice' as const })), end,
  };
}

/**
 * A document issued as is, not handed over by a notice ("…人民政府关于…的实施意见" / 文号 /
 * addressees / text): the lines above its title form the notice; the 文号 below the title and
 * the offices named in front of it still give metadata. The title and what follows are the plan.
 */
function direct(units: Para[], t: number, titleIssuers: string[], textFrom: number): Notice | null {
  let above = t;
  while (above - 1 >= 0 && t - above < 2 && isIssuerLine(units[above - 1]!.text)) above--;
  const issuers = titleIssuers.length > 0 ? titleIssuers : units.slice(above, t).flatMap((u) => splitIssuers(u.text));
  const docLine = units.slice(0, Math.max(textFrom, t)).find((u) => isDocNumberLine(u.text));
  if (t === 0 && issuers.length === 0 && !docLine) return null;
  const lines = units.slice(0, t);
  return {
    docNumber: docLine ? normalizeDocNumber(docLine.text) : null, issuer: issuers[0] ?? null, issuers, title: null, date: null, dateRaw: null,
    planName: null, pageInfo: lines.flatMap((u) => readPageInfo(u.text) ?? []), paras: lines.map((u) => ({ ...u, role: 'notice' as const })), end: t,
  };
}
