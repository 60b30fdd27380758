import type { ParsedDoc } from '../parse/parse-plan.ts';
import { parseChineseDate } from '../text/parse-chinese-date.ts';
import { detectRegion, type RegionFound } from './detect-region.ts';
import type { Gazetteer } from './gazetteer.ts';

/** Metadata read from the text alone, before curated facts are added. */
export interface TextMeta {
  title: string | null;
  noticeTitle: string | null;
  issuer: string | null;
  docNumber: string | null;
  issueDate: string | null;
  /** Region read from issuer, title and 文号 through the gazetteer (detect-region.ts). */
  region: RegionFound;
  year: number | null;
}

const PRINTED = /^(.*?)\s*(\S+日)印发$/;

/**
 * Reads title, issuer, 文号, date, region and year from the parsed document. A file without a
 * covering notice (自贡) gets issuer and date from its 印发 footer ("自贡市人民政府办公室" /
 * "2021年7月14日印发").
 */
export function extractMeta(doc: ParsedDoc, gazetteer: Gazetteer): TextMeta {
  const footer = doc.footer.map((p) => p.text);
  let issuer = doc.notice?.issuer ?? null;
  let issueDate = doc.notice?.date ?? null;
  const printedAt = footer.findIndex((t) => PRINTED.test(t));
  if (printedAt >= 0) {
    const [, who, when] = PRINTED.exec(footer[printedAt]!)!;
    issueDate ??= parseChineseDate(when!);
    issuer ??= who!.trim() !== '' ? who!.trim() : (footer[printedAt - 1] ?? null);
  }
  const title = doc.title.title ?? doc.notice?.planName ?? null;
  const docNumber = doc.notice?.docNumber ?? null;
  const region = detectRegion(gazetteer, { issuer, title, docNumber });
  const yearText = /(\d{4})年/.exec(title ?? '')?.[1] ?? /〔(\d{4})〕/.exec(docNumber ?? '')?.[1] ?? issueDate?.slice(0, 4) ?? null;
  return { title, noticeTitle: doc.notice?.title ?? null, issuer, docNumber, issueDate, region, year: yearText ? Number(yearText) : null };
}
