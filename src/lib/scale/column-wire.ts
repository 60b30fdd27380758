/**
 * The compact form of a plan's column in /data/indicators/<id>/<province>.json. A province file
 * holds thousands of items, so each is an array in a fixed order (named in the file's `fields`)
 * and what the client can derive is not stored: the element id and the URL come from the plan's
 * slug and URL plus the item's anchor, a measure's name "措施 n" from its anchor, the badges and
 * the evidence label from flags. On 50 synthetic plans this took the files from 8.1 to ~5 MB.
 * `expandColumn(compactColumn(c))` gives `c` back exactly (tests/unit/scale/column-wire.test.ts).
 */
import type { ColumnRecord, ItemRecord } from './item-record.ts';

/** The order of an item's fields on the wire; written into each file as its self-description. */
export const ITEM_FIELDS = [
  'anchor (element id is <slug>-<anchor>, link is <plan url>#<anchor>)',
  'flags (1: not the primary indicator, 2: a section goal)',
  'name ("" for a measure named 措施 <n> after its anchor m<n>)',
  'primaryName (the primary indicator of a secondary item, else "")',
  'path ("" when the previous item has the same headings)',
  'excerpt (plain text as a string, a marked keyword as [text])',
  'targets', 'facts ([leads, deadlines], null for a goal)',
  'evidence ([kind, term, tail]; kind 0 unmatched, 1 heading, 2 keywords)',
] as const;

/** One item on the wire (see ITEM_FIELDS). */
export type WireItem = [string, number, string, string, string, (string | [string])[], string[], [string, string] | null, [number, string, string]];

/** One column on the wire: the column's own fields, items compact. */
export type WireColumn = Omit<ColumnRecord, 'items'> & { items: WireItem[] };

const SECONDARY = 1;
const GOAL = 2;
const BADGE_PREFIX = '兼及 · 主要为';
const GOAL_BADGE = '目标段落';
/** Evidence labels by kind, as CompareItem.astro writes them. */
const EVIDENCE_LABELS = ['依据：未匹配任何指标，归入综合保障', '依据：标题 ', '依据：关键词 '];

const measureName = (anchor: string): string | null => (/^m\d+$/.test(anchor) ? `措施 ${anchor.slice(1)}` : null);

function compactItem(c: Pick<ColumnRecord, 'slug' | 'url'>, r: ItemRecord): WireItem {
  const anchor = r.url.slice(r.url.indexOf('#') + 1);
  // Derived fields must really be derivable: a record that breaks the rule fails the build, not the page.
  if (r.id !== `${c.slug}-${anchor}` || r.url !== `${c.url}#${anchor}`) throw new Error(`column item ${r.id} (${r.url}) does not follow <slug>-<anchor>`);
  const secondary = r.badges.find((b) => b.startsWith(BADGE_PREFIX));
  const flags = (r.primary ? 0 : SECONDARY) | (r.kind === 'goal' ? GOAL : 0);
  const kind = EVIDENCE_LABELS.indexOf(r.evidence[0]);
  if (kind < 0) throw new Error(`column item ${r.id}: unknown evidence label ${r.evidence[0]}`);
  return [
    anchor, flags, r.kind === 'measure' && measureName(anchor) === r.name ? '' : r.name, secondary ? secondary.slice(BADGE_PREFIX.length) : '', r.path,
    r.excerpt.map(([text, mark]) => (mark ? [text] : text)), r.targets, r.facts ? [r.facts.leads, r.facts.deadlines] : null, [kind, r.evidence[1], r.evidence[2]],
  ];
}

function expandItem(c: Pick<WireColumn, 'slug' | 'url'>, w: WireItem): ItemRecord {
  const [anchor, flags, name, primaryName, path, excerpt, targets, facts, [kind, term, tail]] = w;
  const goal = (flags & GOAL) !== 0;
  return {
    id: `${c.slug}-${anchor}`, kind: goal ? 'goal' : 'measure', primary: (flags & SECONDARY) === 0,
    name: name || measureName(anchor) || anchor, url: `${c.url}#${anchor}`,
    badges: [...(primaryName ? [`${BADGE_PREFIX}${primaryName}`] : []), ...(goal ? [GOAL_BADGE] : [])],
    path, excerpt: excerpt.map((p) => (typeof p === 'string' ? [p] : [p[0], 1])), targets,
    facts: facts ? { leads: facts[0], deadlines: facts[1] } : null, evidence: [EVIDENCE_LABELS[kind] ?? '', term, tail],
  };
}

/** A column as stored in the data file. */
export const compactColumn = (c: ColumnRecord): WireColumn => ({ ...c, items: c.items.map((r) => compactItem(c, r)) });

/** A column as the page draws it, from its stored form. */
export const expandColumn = (w: WireColumn): ColumnRecord => ({ ...w, items: w.items.map((i) => expandItem(w, i)) });
