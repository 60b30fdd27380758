/**
 * 自贡 ends each measure with a parenthetical naming the responsible units:
 *   "（市市场监管局牵头，各区县政府、高新区管委会负责）"
 *   "（市市场监管局牵头，市公安局、…、人行市中心支行等按职责分工负责）"
 *   "（市政务服务和数字化管理局、市市场监管局及市级相关单位按职责分工负责）" (no 牵头)
 *   "(市金融工作局、人行市中心支行、市财政局牵头，市税务局、自贡银保监分局按职责分工负责)"
 *   "（国网自贡供电公司、市发展改革委、市\n\n经济和信息化局、…按职责分工负责)" (mixed
 *   brackets, split by a page break), and "…“24 小时不打烊”。\n\n（市自然资源和规划局负责）".
 * Every clause must end in a role (牵头 / 负责 / 配合 / 参与 / 协助 / 协同), or be labelled
 * ("牵头单位：…", "责任单位：…", "配合单位：…"); so "（含100万元）" and
 * "（以下简称小低项目）" are not lead notes. Units named in 牵头 clauses are leads, the
 * others partners; without 牵头 the first 负责 clause gives the leads.
 * `note` is the exact source slice (whitespace kept), so callers can cut it off the text.
 */
import { removeStraySpaces } from './remove-stray-spaces.ts';
import { splitUnits } from './split-units.ts';

const OPENERS = '（(';
const CLOSERS = '）)';
const ROLE = /^(?:由)?(.*?)(?:按照?职责分工|按职责|分别|共同)?(牵头|负责|配合|参与|协助|协同)(?:落实)?$/u;
const LABEL = /^(牵头|责任|配合|协办|参与)(?:部门|单位)(?:[（(]单位[)）])?[:：](.+)$/u;

/** Split on top-level ，,；; (not inside brackets or quotes such as “双随机、一公开”). */
function clauses(inner: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of inner) {
    if ('（(“《'.includes(ch)) depth++;
    else if ('）)”》'.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && '，,；;'.includes(ch)) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out.filter((c) => c !== '');
}

/** Leads and partners from the parenthetical that ends a measure's text; null when it does not end with one. */
export function extractInlineLeads(text: string): { leads: string[]; partners: string[]; note: string } | null {
  const end = text.replace(/\s*(?:。\s*)?$/u, '').length;
  if (!CLOSERS.includes(text[end - 1] ?? '')) return null;
  let depth = 0;
  let start = -1;
  for (let i = end - 1; i >= 0 && start < 0; i--) {
    const ch = text[i] ?? '';
    if (CLOSERS.includes(ch)) depth++;
    else if (OPENERS.includes(ch) && --depth === 0) start = i;
  }
  if (start < 0) return null;
  const note = text.slice(start, end);
  const parsed: { role: string; units: string[] }[] = [];
  for (const clause of clauses(removeStraySpaces(note.slice(1, -1)).text.replace(/。$/u, ''))) {
    const label = LABEL.exec(clause);
    const role = ROLE.exec(clause);
    const [kind, list] = label ? [label[1] === '责任' ? '负责' : label[1], label[2]] : [role?.[2], role?.[1]];
    const units = splitUnits(list ?? '');
    if (kind === undefined || units.length === 0) return null;
    parsed.push({ role: kind, units });
  }
  if (parsed.length === 0) return null;
  const leadClauses = parsed.some((c) => c.role === '牵头')
    ? parsed.filter((c) => c.role === '牵头')
    : parsed.filter((c) => c.role === '负责').slice(0, 1);
  const leads = leadClauses.flatMap((c) => c.units);
  const partners = parsed.filter((c) => !leadClauses.includes(c)).flatMap((c) => c.units);
  return { leads, partners: partners.filter((p) => !leads.includes(p)), note };
}
