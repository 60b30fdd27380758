/**
 * Reads the clauses of a duty note or marker line into lead units, partner units, deadlines
 * and a leader. Layouts (each in tests/unit/text-utils/read-duty.test.ts):
 *   labelled: "牵头单位：市发改委；配合单位：市自然资源局、市住建局；完成时限：2022年6月底前",
 *             "牵头单位：A  配合单位：B  完成时限：2024年底" (labels separated by spaces only),
 *             "责任单位：市发展改革委、市财政局，各县（市、区）人民政府" (list continued after "，");
 *   roles:    "A牵头，B配合，6月底前完成", "A负责", "A、B按职责分工负责", "由A牵头";
 *   marked:   "责任单位：市发改委（牵头）、市财政局", "责任单位：A牵头，B配合";
 *   rules:    "第一责任单位为牵头单位，下同", "其他为配合单位" (skipped: see first-unit-leads.ts).
 * 牵头 units are leads and 配合/协办/参与 units partners. Units that are only "responsible"
 * (责任单位 / …负责) are leads when no 牵头 is named, except that with `firstUnitLeads` the
 * first of them leads and the rest are partners. A second 负责 clause after the first names partners.
 */
import { ANY_LABEL, matchDutyLabel, type DutyRole } from './duty-labels.ts';
import { isRuleClause } from './first-unit-leads.ts';
import { removeStraySpaces } from './remove-stray-spaces.ts';
import { resolveDeadline } from './resolve-deadline.ts';
import { splitUnits } from './split-units.ts';

/** Who does a task and by when, as its notes and markers state. */
export interface Duty { leads: string[]; partners: string[]; deadlines: string[]; leader: string | null }

const ROLE = /^(?:由)?(.*?)(?:按照?职责分工|按职责|分别|共同)?(牵头负责|负责牵头|牵头|负责|配合|参与|协助|协同|协办)(?:落实|实施)?$/u;
const TRIM = /^[\s，,；;。.、]+|[\s，,；;。.、]+$/gu;

/**
 * Split at top-level ，,；; (not inside brackets or quotes such as “双随机、一公开”) and before every
 * label. A deadline label's value runs to the next label whole: "完成时限：2022年底前完成清理，2023年推开".
 */
export function dutyClauses(inner: string): string[] {
  const labels = new Map([...inner.matchAll(ANY_LABEL)].map((m) => [m.index, matchDutyLabel(inner.slice(m.index))?.role]));
  const out: string[] = [];
  let depth = 0;
  let current = '';
  let inDeadline = false;
  for (let i = 0; i < inner.length; i++) { // code units, as match indices are
    const ch = inner[i]!;
    if (depth === 0 && labels.has(i)) {
      if (current.trim() !== '') { out.push(current); current = ''; }
      inDeadline = labels.get(i) === 'deadline';
    }
    if ('（(“《【〔'.includes(ch)) depth++;
    else if ('）)”》】〕'.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && !inDeadline && '，,；;'.includes(ch)) { out.push(current); current = ''; }
    else current += ch;
  }
  out.push(current);
  return out.map((c) => removeStraySpaces(c).text.replace(TRIM, '')).filter((c) => c !== '');
}

type UnitList = { role: DutyRole; units: string[] };
/** "市发展改革委（牵头）" inside a 责任单位 list marks the lead. */
const LEAD_MARK = /[（(]牵头[)）]$/u;
const kindOf = (role: string): DutyRole => (role.includes('牵头') ? 'lead' : role === '负责' ? 'duty' : 'partner');

/**
 * The unit lists of one clause value: "A、B" as `role`; "A牵头" / "B配合" by their role word even
 * after a label ("责任单位：A牵头"); "A（牵头）、B、C" → lead A, partners B, C.
 */
function unitLists(role: DutyRole, value: string): UnitList[] {
  const worded = ROLE.exec(value);
  const [kind, list] = worded && splitUnits(worded[1] ?? '').length > 0 ? [kindOf(worded[2] ?? ''), worded[1] ?? ''] : [role, value];
  const units = splitUnits(list);
  const marked = units.filter((u) => LEAD_MARK.test(u));
  if (marked.length === 0) return [{ role: kind, units }];
  return [{ role: 'lead', units: marked.map((u) => u.replace(LEAD_MARK, '')) }, { role: 'partner', units: units.filter((u) => !LEAD_MARK.test(u)) }];
}

/** The duty the clauses state; null when a clause is neither a unit list, a deadline nor a rule (so "（含100万元）" is no note). */
export function readDuty(clauses: string[], firstUnitLeads = false): Duty | null {
  const lists: UnitList[] = [];
  const deadlines: string[] = [];
  let leader: string | null = null;
  let named = false;
  let continued: UnitList | null = null; // a labelled list a bare "，B" clause continues
  for (const clause of clauses) {
    if (isRuleClause(clause)) continue;
    const label = matchDutyLabel(clause);
    const role = label ? null : ROLE.exec(clause);
    const value = label?.value.replace(TRIM, '') ?? '';
    named ||= label !== null;
    if (label?.role === 'deadline') { if (value !== '') deadlines.push(value); continued = null; }
    else if (label?.role === 'leader') { leader = [leader, value].filter(Boolean).join('、'); continued = { role: 'leader', units: [] }; }
    else if (label) { lists.push(...unitLists(label.role, value)); continued = lists.at(-1) ?? null; }
    else if (role && splitUnits(role[1] ?? '').length > 0) {
      const more = unitLists('duty', clause);
      // "责任单位：A，B按职责分工负责": B continues the labelled list
      if (continued?.role === 'duty' && more.length === 1 && more[0]!.role === 'duty') continued.units.push(...more[0]!.units);
      else lists.push(...more);
      continued = null;
    } else if (resolveDeadline(clause, 2000) !== null) { deadlines.push(clause); continued = null; }
    else if (continued?.role === 'leader') leader = `${leader ?? ''}、${clause}`; // "责任领导：张明，李华"
    else if (continued !== null) continued.units.push(...splitUnits(clause));
    else return null;
  }
  if (lists.every((l) => l.units.length === 0) && !named) return null;
  const hasLead = lists.some((l) => l.role === 'lead');
  const firstDuty = lists.find((l) => l.role === 'duty');
  const leads: string[] = [];
  const partners: string[] = [];
  for (const l of lists) {
    if (l.role === 'lead') leads.push(...l.units);
    else if (l.role === 'duty' && !hasLead && l === firstDuty) {
      if (firstUnitLeads) { leads.push(...l.units.slice(0, 1)); partners.push(...l.units.slice(1)); }
      else leads.push(...l.units);
    } else partners.push(...l.units);
  }
  const uniqueLeads = [...new Set(leads)];
  return { leads: uniqueLeads, partners: [...new Set(partners)].filter((p) => !uniqueLeads.includes(p)), deadlines, leader };
}
