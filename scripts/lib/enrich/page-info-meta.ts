import type { Notice } from '../parse/find-notice.ts';
import { splitIssuers } from '../parse/split-issuers.ts';
import { normalizeDocNumber } from '../text/normalize-doc-number.ts';
import { parseChineseDate } from '../text/parse-chinese-date.ts';

/** Metadata a web page's information table gives ("发文机关：…", "文号：…", "成文日期：…", "标题：…"). */
export interface PageMeta {
  issuers: string[];
  docNumber: string | null;
  date: string | null;
  noticeTitle: string | null;
}

/** "2019-11-06", "2019/11/06", "2019.11.06" (tables write ISO-like dates) or "2019年11月6日". */
function tableDate(value: string): string | null {
  const m = /^((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})/u.exec(value.trim());
  return m ? parseChineseDate(`${m[1]}年${m[2]}月${m[3]}日`) : parseChineseDate(value);
}

/**
 * Reads the information-table pairs: 发文机关 → issuers, 文号 → docNumber, 成文日期 → date,
 * 标题 → noticeTitle. Used only where the document itself does not say (its own lines win).
 */
export function pageInfoMeta(pairs: Notice['pageInfo']): PageMeta {
  const first = (field: string) => pairs.find((p) => p.field === field && p.value !== '')?.value ?? null;
  const issuer = first('issuer');
  const doc = first('docNumber');
  const date = first('date');
  return {
    issuers: issuer ? splitIssuers(issuer) : [],
    docNumber: doc ? normalizeDocNumber(doc) : null,
    date: date ? tableDate(date) : null,
    noticeTitle: first('noticeTitle'),
  };
}
