import { groupLabelLevel } from './group-label.ts';

// 'leader' is a title or its fragment (常务 / 副市 / 副市长 / 长), a strong signal; 'name' is two to
// four Han characters that could be a person (刘华彬), a weak one used only after the measure cell of
// a row line (资阳 line 547 puts "张建新" in the 完成时限 slot).

/** What a cell's text looks like, whatever column the tab split put it in. */
export type CellClass =
  | 'group1'
  | 'group2'
  | 'groupFragment'
  | 'deadline'
  | 'measure'
  | 'units'
  | 'leader'
  | 'name'
  | null;

// "2021年6月并 持续推进", "9月底前", "持续推进(套餐式注销按照…推进)", "2021年7月并", "并 持续推进"
const DEADLINE =
  /^(?=.*(年|月|推进|调整|长期|常态|底前))(?:\d{4}年)?(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底前|底|前|中旬|上旬|下旬|以前|之前)?[并及，,、]?(?:持续推进|动态调整|长期坚持|长期|常态化推进|常态化)?(?:[(（].*[)）])?$/;

// Department names end in these (市人防办, 高新区管委会, 国网资阳供电公司, 人行资阳市中心支行…);
// the weak ones also end ordinary words, so they need a longer name ("市总工会", not "会").
const STRONG_UNIT =
  /(局|委|办|厅|府|公司|中心|支行|分行|银行|海关|法院|检察院|工商联|妇联|协会|单位|部门|集团|企业|机构|委会|工会|分局|队|部)$/;
const WEAK_UNIT = /(会|行|院|所|司|社|处|室|站|组|联)$/;

// Leader titles; a merged cell wrapped over rows leaves "常务" / "副市长", "常务副市" / "长".
const TITLES = ['常务副市长', '副市长', '市长', '常务副省长', '副省长', '省长', '常务副县长', '副县长', '县长', '常务副区长', '副区长', '区长', '秘书长', '副秘书长'];

/** True when `segment` ("市财政局", "各县（区）人民政府") names a department or body. */
export function isUnitName(segment: string): boolean {
  const s = segment.replace(/[(（][^()（）]*[)）]$/, '');
  return (s.length >= 2 && STRONG_UNIT.test(s)) || (s.length >= 4 && WEAK_UNIT.test(s));
}

/** True when `text` is a leader title or a piece of one ("常务", "副市", "长"). */
export function isTitleFragment(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  if (t === '长') return true;
  return t.length >= 2 && TITLES.some((title) => title.startsWith(t) || title.endsWith(t));
}

/** True when `text` is a whole title ("常务副市长", "副市长"). */
export function isWholeTitle(text: string): boolean {
  return TITLES.includes(text.replace(/\s+/g, ''));
}

/** Classifies a cell by content alone (see CellClass). */
export function classifyCell(text: string): CellClass {
  const t = text.replace(/\s+/g, '');
  if (!t) return null;
  const level = groupLabelLevel(t);
  if (level !== null && t.length <= 120 && !t.includes('。')) return level === 0 ? 'group1' : 'group2';
  // "(牵头领导: 吴勇)", "导： 吴勇)", "常务副市长)": the tail of a 一级指标 cell cut by a page break
  if (/牵头领/.test(t) && t.length <= 40) return 'groupFragment';
  if (/^[^()（）、，,]{0,20}[)）]$/.test(t)) return 'groupFragment';
  if (DEADLINE.test(t)) return 'deadline';
  if (t.includes('。') || /[；;]$/.test(t)) return 'measure';
  if (t.split(/[、，,；;]/).some(isUnitName)) return 'units';
  if (/^[市省县区各][^\d]{3,}$/.test(t) && !/[，,]/.test(t)) return 'units';
  if (isTitleFragment(t)) return 'leader';
  const tokens = text.trim().split(/\s+/);
  if (tokens.length <= 4 && t.length >= 2 && t.length <= 12 && tokens.every((w) => /^\p{Script=Han}{1,4}$/u.test(w))) {
    return 'name';
  }
  return null;
}

/** True when `text` is a complete deadline ("2021年12月", but not "2021年7月并"). */
export function isCompleteDeadline(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return DEADLINE.test(t) && !/[并及，,、]$/.test(t);
}
