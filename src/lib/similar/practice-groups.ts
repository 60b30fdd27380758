/**
 * Groups of the same practice across plans for an indicator page ("一照多址：资阳、四川、自贡"):
 * measures the build found similar that name the same practice (quoted, or from
 * content/practice-names.json), and near-copies named by the longest wording they share. Not
 * connected components of the whole similarity graph: those chain 简易注销 to 免费刻章 through a
 * long 开办企业 paragraph naming both. Pure: the page passes the measures and their similar lists.
 */

/** A measure as the grouping sees it. */
export interface GroupMember {
  id: string;
  /** Plan slug, to count plans. */
  plan: string;
  /** Short plan name shown in the group ("资阳市 2021"). */
  planName: string;
  /** Link to the measure. */
  url: string;
  /** "措施 3". */
  name: string;
  text: string;
}

/** A practice shared by measures of two or more plans. */
export interface PracticeGroup {
  /** What the members commit to, as they write it ("一照多址"). */
  label: string;
  /** Members, in the order of the page's plans then measures. */
  members: GroupMember[];
  /** Distinct plans among the members. */
  plans: number;
}

const QUOTED = /[“"「]([^“”"「」\n]{2,16})[”"」]/gu;

/** The longest stretch (at least four characters, no punctuation) that both texts contain. */
export function longestShared(a: string, b: string): string {
  let best = '';
  for (let i = 0; i < a.length; i++) {
    for (let len = Math.max(4, best.length + 1); i + len <= a.length; len++) {
      const piece = a.slice(i, i + len);
      if (/[\s，。；：、,.;:“”"（）()]/u.test(piece) || !b.includes(piece)) break;
      best = piece;
    }
  }
  return best;
}

/** Practice names a text commits to: what it quotes (a bracketed batch dropped) and the curated names it contains. */
export function namesIn(text: string, practices: readonly string[]): ReadonlySet<string> {
  let cache = namesCache.get(practices);
  if (!cache) namesCache.set(practices, (cache = new Map()));
  let names = cache.get(text);
  if (!names) cache.set(text, (names = findNames(text, practices)));
  return names;
}

// A measure is grouped on the page of each of its indicators: its names are found once
// (at 500 plans, every curated name looked for in every text of every page was 0.6 s).
const namesCache = new WeakMap<readonly string[], Map<string, ReadonlySet<string>>>();

function findNames(text: string, practices: readonly string[]): ReadonlySet<string> {
  const names = new Set([...text.matchAll(QUOTED)].map((x) => x[1]!.replace(/[（(][^）)]*[）)]/gu, '').replace(/[\s、，,·・]/gu, '')).filter((n) => n.length >= 3));
  const bare = text.replace(/[\s、“”"「」『』+＋]/gu, '');
  for (const p of practices) if (bare.includes(p)) names.add(p);
  return names;
}

/** Near-copies with no practice name in common still make a group, named by the wording they share. */
const COPY_SCORE = 0.8;

/**
 * Practice groups among `members` (ordered as the page lists them), most plans first. A group
 * is a practice name and the measures that name it and are similar to another measure naming it
 * (so a passing mention does not join), or, for wording copied between plans without a name, the
 * near-copies joined. A measure that commits to two practices is in both groups.
 */
export function practiceGroups(members: GroupMember[], similar: (id: string) => { id: string; score: number }[], practices: readonly string[] = []): PracticeGroup[] {
  const index = new Map(members.map((m, i) => [m.id, i]));
  const names = members.map((m) => namesIn(m.text, practices));
  const byName = new Map<string, Set<number>>();
  const parent = members.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  members.forEach((m, i) => {
    for (const ref of similar(m.id)) {
      const j = index.get(ref.id);
      if (j === undefined) continue;
      const common = [...names[i]!].filter((n) => names[j]!.has(n));
      for (const n of common) { const g = byName.get(n) ?? new Set(); g.add(i).add(j); byName.set(n, g); }
      if (common.length === 0 && ref.score >= COPY_SCORE) parent[Math.max(find(i), find(j))] = Math.min(find(i), find(j));
    }
  });
  const copies = new Map<number, number[]>();
  members.forEach((_, i) => { const r = find(i); copies.set(r, [...(copies.get(r) ?? []), i]); });
  const groups: { label: string; at: number[] }[] = [
    ...[...byName].map(([label, at]) => ({ label, at: [...at].sort((a, b) => a - b) })),
    ...[...copies.values()].filter((at) => at.length > 1).map((at) => ({ label: longestShared(members[at[0]!]!.text, members[at[1]!]!.text) || '相近措施', at })),
  ];
  return groups
    .map((g) => ({ label: g.label, members: g.at.map((i) => members[i]!), plans: new Set(g.at.map((i) => members[i]!.plan)).size }))
    .filter((g) => g.plans >= 2)
    .sort((x, y) => y.plans - x.plans || y.members.length - x.members.length || (x.label < y.label ? -1 : x.label > y.label ? 1 : 0));
}
