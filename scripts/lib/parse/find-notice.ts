import { normalizeDocNumber } from '../text/normalize-doc-number.ts';
import { parseChineseDate } from '../text/parse-chinese-date.ts';
import { joinPageBreaks, type Para } from './join-page-breaks.ts';

/** The covering notice (印发通知) that precedes a plan in most files. */
export interface Notice {
  /** 文号, normalised ("川办发〔2021〕17号"). */
  docNumber: string | null;
  /** The office that issues the notice (the line above its date, or above its title). */
  issuer: string | null;
  /** "关于印发…的通知", joined when it runs over several lines. */
  title: string | null;
  /** The notice's date, ISO. */
  date: string | null;
  /** The plan's name as the notice quotes it: 《…》. */
  planName: string | null;
  /** The notice's text as paragraphs, in order. */
  paras: (Para & { role: 'notice' | 'signature' })[];
  /** Index of the first unit after the notice. */
  end: number;
}

const DOC_NUMBER = /^[\u4e00-\u9fa5]{1,12}[〔[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d+\s*号$/;
const TITLE_END = /(通知|意见|决定|函|批复)$/;
const ISSUER = /(办公厅|办公室|人民政府|委员会|管委会)$/;

/** A file without a covering notice may still open with its 文号 ("川办发〔2021〕17号"): that line alone. */
function leadingDocNumber(units: Para[]): Notice | null {
  const first = units[0];
  if (!first || !DOC_NUMBER.test(first.text)) return null;
  return { docNumber: normalizeDocNumber(first.text), issuer: null, title: null, date: null, planName: null, paras: [{ ...first, role: 'notice' }], end: 1 };
}

/** Whether a unit is a bare date line ("2021 年 3 月 30 日", "2021年7月30日"). */
function isDateLine(text: string): boolean {
  return text.length <= 16 && /日$/.test(text) && parseChineseDate(text) !== null;
}

/**
 * Finds the covering notice: a "关于…通知" title followed, within the first units, by a bare
 * date line. Handles the layouts of the seeds: 文号 before or after the title, the issuer on
 * its own line or the line above the title, titles split over two lines or two paragraphs
 * ("关于印发巫山县2021年深化“放管服”改革" / "优化营商环境实施方案的通知"), and a trailing
 * "（此件公开发布）".
 */
export function findNotice(units: Para[]): Notice | null {
  const limit = Math.min(units.length, 40);
  const t = units.slice(0, limit).findIndex((u) => /^关于/.test(u.text));
  let d = -1;
  for (let i = t + 1; t >= 0 && i < limit; i++) if (isDateLine(units[i]!.text)) { d = i; break; }
  if (t < 0 || d < 0) return leadingDocNumber(units);
  let titleEnd = t;
  while (titleEnd < d - 1 && !TITLE_END.test(units[titleEnd]!.text) && titleEnd - t < 3) titleEnd++;
  const title = units.slice(t, titleEnd + 1).map((u) => u.text).join('');
  let end = d + 1;
  while (end < units.length && /^[（(][^）)]{2,12}[）)]$/.test(units[end]!.text)) end++;
  const signatureFrom = d > titleEnd + 1 && ISSUER.test(units[d - 1]!.text) && units[d - 1]!.text.length <= 20 ? d - 1 : d;
  let docNumber: string | null = null;
  let issuer: string | null = null;
  const paras: Notice['paras'] = [];
  let body: Para[] = [];
  const flush = () => { paras.push(...joinPageBreaks(body).paras.map((p) => ({ ...p, role: 'notice' as const }))); body = []; };
  for (let i = 0; i < end; i++) {
    const u = units[i]!;
    if (i >= t && i <= titleEnd) {
      if (i === t) { flush(); paras.push({ text: title, line: u.line, role: 'notice' }); }
    } else if (i >= signatureFrom) {
      flush();
      paras.push({ text: u.text, line: u.line, role: 'signature' });
    } else if (DOC_NUMBER.test(u.text) || (i < t && ISSUER.test(u.text) && u.text.length <= 20)) {
      flush();
      if (DOC_NUMBER.test(u.text)) docNumber ??= normalizeDocNumber(u.text);
      else issuer ??= u.text;
      paras.push({ text: u.text, line: u.line, role: 'notice' });
    } else body.push(u);
  }
  flush();
  if (signatureFrom === d - 1) issuer = units[d - 1]!.text;
  const planName = /《([^》]+)》/.exec(paras.map((p) => p.text).join(''))?.[1] ?? null;
  return { docNumber, issuer, title, date: parseChineseDate(units[d]!.text), planName, paras, end };
}
