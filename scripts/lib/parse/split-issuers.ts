/**
 * Issuing offices (发文机关) as notices print them: one office ("XX市人民政府办公室"), or a joint
 * notice's offices on one line, with spaces ("中共XX区委办公室 XX区人民政府办公室") or, once
 * extraction dropped the spaces, run together ("中共XX区委办公室XX区人民政府办公室").
 */

/** Endings of an office's name, longest first, each with an office so named (tested in tests/unit/parse/header-recognisers.test.ts). */
export const ISSUER_SUFFIXES: readonly { suffix: string; example: string }[] = [
  { suffix: '人民政府办公室', example: '厦门市人民政府办公室' },
  { suffix: '人民政府办公厅', example: '四川省人民政府办公厅' },
  { suffix: '管理委员会', example: 'XX高新技术产业开发区管理委员会' },
  { suffix: '委员会', example: 'XX市发展和改革委员会' },
  { suffix: '管委会', example: 'XX经济开发区管委会' },
  { suffix: '办公室', example: '中共XX区委办公室' },
  { suffix: '办公厅', example: '中共XX省委办公厅' },
  { suffix: '人民政府', example: 'XX县人民政府' },
  { suffix: '委', example: '中共XX县委' },
  { suffix: '局', example: 'XX市市场监督管理局' },
  { suffix: '部', example: '中共XX市委组织部' },
  { suffix: '厅', example: 'XX省商务厅' },
];

const ALTERNATIVES = ISSUER_SUFFIXES.map((s) => s.suffix).join('|');
const SUFFIX = new RegExp(`(?:${ALTERNATIVES})$`, 'u');
/** Shortest run ending with a suffix; suffixes are tried longest first at each length. */
const PIECE = new RegExp(`.*?(?:${ALTERNATIVES})`, 'gu');
/** A place name inside an office's name: a piece without one continues the office before it ("中共XX市委" + "办公室"). */
const PLACE = /[省市县区州旗盟]/u;

/** Whether a whole line names one or more offices and nothing else ("巫山县人民政府办公室"). */
export function isIssuerLine(text: string): boolean {
  const t = text.trim();
  return t.length >= 4 && t.length <= 60 && !/[，。；：:,;、《》“”0-9]/u.test(t) && splitIssuers(t).every((p) => SUFFIX.test(p));
}

/** The offices of an issuer line, in order ("中共XX区委办公室 XX区人民政府办公室" → both). */
export function splitIssuers(text: string): string[] {
  const spaced = text.trim().split(/\s+/u).filter(Boolean);
  if (spaced.length > 1 && spaced.every((p) => SUFFIX.test(p))) return spaced;
  const joined = spaced.join('');
  const pieces: string[] = [];
  let used = 0;
  for (const m of joined.matchAll(PIECE)) {
    const piece = m[0];
    const last = pieces.length - 1;
    if (last >= 0 && !PLACE.test(piece)) pieces[last] += piece;
    else pieces.push(piece);
    used = m.index + piece.length;
  }
  if (used < joined.length) {
    if (pieces.length > 0) pieces[pieces.length - 1] += joined.slice(used);
    else pieces.push(joined.slice(used));
  }
  return pieces;
}
