/**
 * A document number (文号) is issuer abbreviation + year in brackets + serial + 号.
 * The seeds write it as "川办发〔2021〕17 号" (PDF space before 号), "资府办发〔2021〕17号",
 * "乐府办发〔2023〕14号", "巫山府办发〔2021〕66号"; other sources use [2021], (2021),
 * （2021）, ［2021］, 【2021】 and full-width digits "〔２０２１〕１７号".
 * The output always uses 〔〕 and ASCII digits. Spaces anywhere inside are extraction noise
 * ("X府办发[ 2024 ] 5 号", "泰政办发 〔2019〕 83号") and are dropped.
 */
import { removeStraySpaces } from './remove-stray-spaces.ts';

/** Full-width digits ０-９ → ASCII (same length, so offsets are kept). */
function asciiDigits(s: string): string {
  return s.replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/**
 * Issuer (a run of Han characters right before the bracket), year, serial.
 * "第" before the serial ("〔2021〕第17号") is tolerated and dropped.
 */
const DOC_NUMBER = /(\p{Script=Han}*)[〔［【〖[(（]((?:19|20)\d{2})[〕］】〗\])）]第?(\d{1,5})号/u;

/**
 * Words that can precede an issuer in running text: "现将川办发〔2021〕17号印发" must
 * give "川办发…". Everything up to the last such word is cut from the issuer.
 */
const LEAD_IN = /^.*(?:根据|依据|按照|参照|现将|印发|转发|关于|的|将|和|及|与|见)/u;

/** Issuer abbreviations are short; keep at most this many trailing characters. */
const MAX_ISSUER = 12;

/** Find a 文号 in `s` and normalise it ("川办发〔2021〕17号"); null when there is none. */
export function normalizeDocNumber(s: string): string | null {
  const text = asciiDigits(removeStraySpaces(s).text).replace(/\s+/g, '');
  const m = DOC_NUMBER.exec(text);
  if (!m) return null;
  const [, rawIssuer = '', year, serial] = m;
  const issuer = rawIssuer.replace(LEAD_IN, '').slice(-MAX_ISSUER);
  return `${issuer}〔${year}〕${serial}号`;
}

/** A whole line that is a 文号 and nothing else ("厦府办〔2019〕116号", "X府办发[2024]5号"). */
const DOC_NUMBER_LINE = /^\p{Script=Han}{1,14}[〔［【〖[(（](?:19|20)\d{2}[〕］】〗\])）]第?\d{1,5}号$/u;

/** Whether the line, spaces ignored, is a 文号 alone. */
export function isDocNumberLine(s: string): boolean {
  // "（大政办发〔2022〕33号）" under the title: the 文号 in brackets of its own.
  return DOC_NUMBER_LINE.test(asciiDigits(s).replace(/\s+/g, '').replace(/^[（(](.+)[）)]$/u, '$1'));
}
