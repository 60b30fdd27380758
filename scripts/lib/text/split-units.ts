/**
 * Split a cell or clause listing responsible units, as in the 资阳 and 四川 tables:
 *   "省发展改革委、省大数据中心、住房城乡建设厅,省地方金融监管局,人行成都分行,四川银保监局"
 *   "市经济和信息化局，国网资阳供电公司", "市税务局、人行资阳市中 心支行" (PDF space).
 * Separators: 、，,；; at top level, never inside brackets or quotes:
 *   "人行成都分行(省外汇局)", "各县(区)人民政府",
 *   "市市场监管领域部门联合“双随机、一公开”监管联席会议成员单位" stay whole.
 * "及" / "以及" always join two units ("市市场监管局及市级相关单位").
 * "和" joins two units only after a unit ending (局, 委, 中心, 政府, …): "市财政局和市税务局"
 * splits, but "市自然资源和规划局", "市经济和信息化局", "文化和旅游厅" do not.
 * "等": "A等B" keeps A, and keeps B when B names a group ("市级部门(单位)",
 * "省直相关行政主管部门"); a generic B ("相关部门", "单位", "有关单位") and a trailing
 * "等" are dropped. "企业联合会/企业家协会" is kept as one unit (one joint body).
 * Simple HTML tags left in cells ("<p>…</p>") are ignored; duplicates are dropped.
 */
import { removeStraySpaces } from './remove-stray-spaces.ts';

const OPEN = '（(〔［[【《「“‘';
const CLOSE = '）)〕］]】》」”’';
const SEPARATORS = '、，,；;';
/** What a unit name ends with, so that a following 和 starts a new unit. */
const UNIT_END = /(?:局|委|厅|办|室|院|会|部|队|所|站|处|组|位|联|馆|团|署|关|门|台|社|府|司|中心|支行|分行|银行|[)）])$/u;
/** Remainders after 等 that add nothing: "等相关部门", "等单位", "等有关单位". */
const GENERIC = /^(?:其他|其它)?(?:相关|有关)?(?:成员)?(?:单位|部门|机构)(?:[（(]单位[)）])?$/u;
/** 等 followed by these is part of a word ("高等学校", "等级"), not "and others". */
const WORD_AFTER_DENG = /[级学院法教职待值候于同]/u;

function dropEtc(piece: string): string[] {
  for (let i = piece.length - 1; i > 0; i--) {
    if (piece[i] !== '等' || WORD_AFTER_DENG.test(piece[i + 1] ?? '')) continue;
    const head = piece.slice(0, i);
    const rest = piece.slice(i + 1);
    return rest === '' || GENERIC.test(rest) ? dropEtc(head) : [...dropEtc(head), rest];
  }
  return [piece];
}

/** Split a list of unit names on 、，,；; and on 及/和 where they join two units. */
export function splitUnits(s: string): string[] {
  const text = removeStraySpaces(s.replace(/<\/?[a-z][^>]*>/giu, ' ')).text;
  const pieces: string[] = [];
  let depth = 0;
  let current = '';
  const cut = () => {
    pieces.push(current);
    current = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && SEPARATORS.includes(ch)) {
      cut();
      continue;
    }
    if (depth === 0 && ch === '及' && current !== '') {
      current = current.replace(/以$/u, ''); // "以及"
      cut();
      continue;
    }
    if (depth === 0 && ch === '和' && UNIT_END.test(current) && i + 1 < text.length) {
      cut();
      continue;
    }
    current += ch;
  }
  cut();
  const units = pieces.flatMap((p) => dropEtc(p.trim())).filter((u) => u !== '');
  return [...new Set(units)];
}
