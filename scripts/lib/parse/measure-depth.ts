import { hasDutyMarker } from '../text/duty-marker.ts';
import { LABEL_KINDS } from './label-kinds.ts';
import { matchItem, matchLabel, type Label } from './match-label.ts';
import { framingItems, isSafeguardTitle } from './prose-section.ts';

/** What a paragraph is: a measure, a heading, an item of a framing section, or plain text. */
export type ItemRole = 'measure' | 'heading' | 'prose' | 'text';

/** The role of every paragraph, and the label kind most measures are numbered with. */
export interface MeasureLevels {
  /** One role per paragraph, in order. */
  roles: ItemRole[];
  /** The label of each paragraph, bullets included; null when unlabelled. */
  labels: (Label | null)[];
  /** Rank of the measure level (label-kinds.ts), null when only markers make measures. */
  rank: number | null;
}

/** An innermost bracketed note: "（牵头单位：县市场监管局）", "（单位）" of "〔牵头部门（单位）：…〕". */
const NOTE = /[（(〔【][^（(〔【）)〕】]*[）)〕】]/gu;

/** Text without its bracketed notes, nested ones included. */
function withoutNotes(text: string): string {
  let out = text;
  for (let prev = ''; prev !== out;) { prev = out; out = out.replace(NOTE, ''); }
  return out;
}
/** A heading without a body: "优化开办企业服务", "工作举措。" — no clause inside, short. */
const BARE_TITLE = /^[^。，；：,;:]{1,40}。?$/u;

/** Rank of the measure level: a kind numbering ≥ 3 task items, the deepest such or an article kind. */
function levelRank(labels: (Label | null)[], prose: boolean[]): number | null {
  const counts = new Map<number, number>();
  labels.forEach((l, i) => { if (l && l.kind !== 'dash' && !prose[i]) counts.set(l.rank, (counts.get(l.rank) ?? 0) + 1); });
  const ranks = [...counts].filter(([, n]) => n >= 3).map(([r]) => r);
  if (ranks.length === 0) return null;
  const whole = LABEL_KINDS.filter((k) => k.whole && ranks.includes(k.rank)).map((k) => k.rank);
  return whole.length > 0 ? Math.min(...whole) : Math.max(...ranks);
}

/**
 * The measures of running text, chosen per item rather than by one global depth:
 * - the measure level is the deepest label kind numbering ≥ 3 items outside framing sections
 *   (自贡 "(1)", 乐山 "（一）", 巫山 "1．"; "1．2．3．" under 一、 then "1．2．" under 二、 all
 *   count), or the article kind "第一条" of 若干措施 plans;
 * - framing sections (总体要求, 主要目标…) hold headings and paragraphs only; safeguard sections
 *   (保障措施, 组织保障…) hold measures where their items are at the measure level;
 * - an item that carries its own lead or deadline marker — on its line or on the unlabelled
 *   lines after it ("责任单位：…") — is a measure at any level, even one numbering fewer than
 *   three items, and makes measures of its sibling items when none of them has items below it;
 * - an item with items below it is a heading ("（一）优化开办企业服务" + "牵头单位：…" + "1．…"),
 *   unless most of its sibling items are measures with a body and none below is marked: then
 *   it is a measure with sub-points ("（三）优化不动产登记，具体包括：" + "1．…2．…3．…");
 * - unmarked labels deeper than the measure level are text inside a measure (a stray "①"),
 *   except below a bare heading ("（一）优化开办企业服务"), whose items are measures;
 *   "——" bullets are paragraphs or list lines unless they carry their own marker.
 * `measures` false (measures come from a table) makes every structural item a heading.
 */
export function assignRoles(texts: string[], measures: boolean): MeasureLevels {
  const labels = texts.map(matchItem);
  const prose = framingItems(labels);
  // Safeguard items can be measures, but do not decide the measure level.
  const safeguard = framingItems(labels, isSafeguardTitle);
  const marked = labels.map((l, i) => {
    if (!l) return false;
    let own = texts[i]!;
    for (let j = i + 1; j < texts.length && labels[j] === null; j++) own += `\n${texts[j]}`;
    return hasDutyMarker(own);
  });
  const rank = levelRank(labels, prose.map((p, i) => p || safeguard[i]!));
  // A heading whose only following lines, if any, are marker lines ("牵头单位：…"): no body of its own.
  const bare = (i: number) => {
    let j = i + 1;
    while (j < texts.length && labels[j] === null && hasDutyMarker(texts[j]!)) j++;
    return BARE_TITLE.test(withoutNotes(labels[i]!.rest)) && (j >= texts.length || labels[j] !== null);
  };
  const structural = labels.map((l, i) => l !== null && !prose[i] && (l.kind === 'dash' ? measures && marked[i]! : rank === null || l.rank <= rank || marked[i]!));
  const parent = new Array<number>(texts.length).fill(-1);
  const children = new Map<number, number[]>();
  const stack: number[] = [];
  const lifted = new Set<number>();
  labels.forEach((l, i) => {
    if (l === null || prose[i]) return;
    while (stack.length > 0 && labels[stack[stack.length - 1]!]!.rank >= l.rank) stack.pop();
    // Items below a bare heading are its content, whatever their number: "（一）优化开办企业服务"
    // + "牵头单位：…" + "1．…" "2．…" where other sections number three "（一）" measures.
    const top = stack[stack.length - 1];
    if (!structural[i] && measures && l.kind !== 'dash' && top !== undefined && bare(top)) { structural[i] = true; lifted.add(i); }
    if (!structural[i]) return;
    parent[i] = top ?? -1;
    const list = children.get(parent[i]!);
    if (list) list.push(i); else children.set(parent[i]!, [i]);
    stack.push(i);
  });
  const leaf = (i: number) => !children.has(i);
  // Mostly measures with a body, a few with sub-points "1．…2．…" of their own (unmarked): the
  // whole group are measures, their sub-points text. "1．目标任务。…" beside "2．工作举措。" + "(1)…"
  // (自贡) is one leaf of two: a heading.
  const groups = new Map<number, boolean>();
  const measureGroup = (p: number) => groups.get(p) ?? groups.set(p, isMeasureGroup(children.get(p) ?? [])).get(p)!;
  const isMeasureGroup = (siblings: number[]) => {
    // A body, not a bare title with a lead note: "（六）强化包容普惠创新（牵头单位：县科技局、…）" has none.
    const full = siblings.filter((s) => leaf(s) && withoutNotes(labels[s]!.rest).length > 20).length;
    const subs = siblings.flatMap((s) => children.get(s) ?? []);
    const bareHeads = siblings.some((s) => !leaf(s) && bare(s));
    return siblings.length >= 3 && subs.length > 0 && full * 2 > siblings.length && !bareHeads && !subs.some((c) => marked[c]);
  };
  const roles: ItemRole[] = [];
  labels.forEach((l, i) => {
    const up = parent[i]! >= 0 ? roles[parent[i]!] : undefined;
    const siblings = children.get(parent[i]!) ?? [];
    if (l === null || (!structural[i] && !(prose[i] && l.kind !== 'dash')) || up === 'measure' || (up === 'text' && structural[i])) roles.push('text');
    else if (prose[i]) roles.push('prose');
    else if (!measures) roles.push('heading');
    else if (measureGroup(parent[i]!)) roles.push('measure');
    else if (!leaf(i)) roles.push('heading');
    else if (l.rank === rank || marked[i] || lifted.has(i)) roles.push('measure');
    else roles.push(siblings.every(leaf) && siblings.some((s) => marked[s]) ? 'measure' : 'heading');
  });
  return { roles, labels, rank };
}

/** The measure roles of a plan's paragraphs; null when no paragraph is numbered. */
export function measureDepth(texts: string[]): MeasureLevels | null {
  return texts.some((t) => matchLabel(t) !== null) ? assignRoles(texts, true) : null;
}
