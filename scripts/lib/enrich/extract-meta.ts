import type { ParsedDoc } from '../parse/parse-plan.ts';
import { parseChineseDate } from '../text/parse-chinese-date.ts';
import { detectRegion, type RegionFound } from './detect-region.ts';
import type { Gazetteer } from './gazetteer.ts';
import { closingSignature } from './closing-signature.ts';
import { pageInfoMeta } from './page-info-meta.ts';
import { planYears } from '../text/year-span.ts';

/** Metadata read from the text alone, before curated facts are added. */
export interface TextMeta {
  title: string | null;
  noticeTitle: string | null;
  /** The main issuing office (the first of `issuers`). */
  issuer: string | null;
  /** Every issuing office, in order (joint notices have two or more). */
  issuers: string[];
  docNumber: string | null;
  issueDate: string | null;
  /** The signature date as written when it does not resolve to one date ("2019116"). */
  issueDateRaw: string | null;
  /** Region read from issuer, title and 文号 through the gazetteer (detect-region.ts). */
  region: RegionFound;
  year: number | null;
  /** Last year of a multi-year plan ("（2023—2025年）" → 2025); null for one year. */
  yearEnd: number | null;
}

const PRINTED = /^(.*?)\s*(\S+日)印发$/;

/**
 * Reads title, issuers, 文号, date, region and years from the parsed document. The document's
 * own lines win; a web page's information table ("发文机关：…", "文号：…", "成文日期：…",
 * "标题：…") fills the gaps; a file without a covering notice (自贡) gets issuer and date from
 * its 印发 footer ("自贡市人民政府办公室" / "2021年7月14日印发").
 */
export function extractMeta(doc: ParsedDoc, gazetteer: Gazetteer): TextMeta {
  const footer = doc.footer.map((p) => p.text);
  const page = pageInfoMeta(doc.notice?.pageInfo ?? []);
  const closing = doc.notice?.title || doc.notice?.date || doc.notice?.dateRaw ? null : closingSignature(doc);
  let issuers = doc.notice?.issuers.length ? doc.notice.issuers : page.issuers.length ? page.issuers : (closing?.issuers ?? []);
  let issueDate = doc.notice?.date ?? page.date ?? closing?.date ?? null;
  const printedAt = footer.findIndex((t) => PRINTED.test(t));
  if (printedAt >= 0) {
    const [, who, when] = PRINTED.exec(footer[printedAt]!)!;
    issueDate ??= parseChineseDate(when!);
    const printer = who!.trim() !== '' ? who!.trim() : (footer[printedAt - 1] ?? null);
    if (issuers.length === 0 && printer) issuers = [printer];
  }
  const issuer = issuers[0] ?? null;
  const title = doc.title.title ?? doc.notice?.planName ?? null;
  const docNumber = doc.notice?.docNumber ?? null;

  // Page information-table lines ("文号：…") fill in what the document's own lines do not say.
  const docNo = docNumber ?? page.docNumber;
  const issueDateRaw = issueDate === null ? (doc.notice?.dateRaw ?? closing?.raw ?? null) : null;
  const region = detectRegion(gazetteer, { issuer, title, docNumber: docNo });
  const years = planYears(title, docNo, issueDate ?? issueDateRaw);
  return {
    title, noticeTitle: doc.notice?.title ?? page.noticeTitle, issuer, issuers, docNumber: docNo, issueDate, issueDateRaw, region,
    year: years?.start ?? null, yearEnd: years?.end ?? null,
  };
}
