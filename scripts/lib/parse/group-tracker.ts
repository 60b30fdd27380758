import { groupLabel, groupLabelLevel, normalizeGroupText } from './group-label.ts';
import { logArtefact, logWarning, type ParseLog } from './parse-log.ts';
import type { CellPart } from './table-state.ts';

/** One group (一级指标 / 二级指标 / section row); rows point at it, its text can still grow. */
export interface GroupBlock {
  text: string;
  /** Set when this block turned out to repeat another one. */
  alias: GroupBlock | null;
}

/** A page-top repeat still being read: "十二、劳动力" now, "市场监管 (牵头领导: 常务副市长)" later. */
interface Repeat {
  block: GroupBlock;
  target: GroupBlock;
  parts: CellPart[];
}

/** Where a group cell comes from: a whole row, the line that starts a row, a continuation line. */
export type FeedKind = 'whole' | 'start' | 'continuation';

/** Follows the effective group at each level while cells are read (see createGroupTracker). */
export interface GroupTracker {
  /** Reads a group cell: of a whole row, of the line that starts a row, or of a continuation line. */
  feed(level: number, part: CellPart, how?: FeedKind): void;
  isNew(level: number, text: string): boolean;
  isOpen(level: number): boolean;
  snapshot(): (GroupBlock | null)[];
  finish(): void;
}

/** Text of a block, following aliases. */
export function groupText(block: GroupBlock): string {
  let b = block;
  while (b.alias) b = b.alias;
  return b.text;
}

// A cell equal to the group above (after normalising brackets, colons and spaces) is the page-top
// repeat (资阳 line 69): emptied and counted as 'repeated-group-cell', also when the repeat is cut
// in two ("六、纳税" + "(牵头领导: 常务副市长)", lines 214/216). A cell without a label continues the
// group ("四、获得用水用气(牵头领" + "导： 吴勇)", lines 140/142; "五、登记财产" + "(牵头领导: 吴勇)").

/** A tracker of the effective group at each level while cells are read in order. */
export function createGroupTracker(log: ParseLog): GroupTracker {
  const current: (GroupBlock | null)[] = [null, null];
  const repeat: (Repeat | null)[] = [null, null];
  const drop = (part: CellPart): void => {
    logArtefact(log, 'repeated-group-cell', part.line, part.text);
    part.text = '';
  };
  const closeRepeat = (level: number): void => {
    const r = repeat[level];
    if (r) r.block.alias = r.target; // a repeat cut short whose tail never came: same group, cells kept
    repeat[level] = null;
  };
  const relation = (a: string, b: string): 'equal' | 'prefix' | 'extends' | 'other' => {
    const [x, y] = [normalizeGroupText(a), normalizeGroupText(b)];
    if (x === y) return 'equal';
    if (y.startsWith(x)) return 'prefix';
    return x.startsWith(y) ? 'extends' : 'other';
  };
  const feedLabel = (level: number, part: CellPart): void => {
    closeRepeat(level);
    const cur = current[level];
    const rel = cur ? relation(part.text, cur.text) : 'other';
    if (cur && rel === 'equal') return drop(part);
    if (cur && rel === 'prefix') {
      repeat[level] = { block: { text: part.text, alias: null }, target: cur, parts: [part] };
      return;
    }
    // "三、获得电力" came first, "三、获得电力 (牵头领导: 刘延安)" completes it
    if (cur && rel === 'extends') return void (cur.text = part.text);
    if (cur && groupLabel(part.text) === groupLabel(cur.text)) {
      return logWarning(log, part.line, `group cell "${part.text}" has the label of "${cur.text}" above but other text; kept as the same group`);
    }
    current[level] = { text: part.text, alias: null };
    for (let l = level + 1; l < current.length; l++) {
      closeRepeat(l);
      current[l] = null;
    }
  };
  const feedFragment = (level: number, part: CellPart): void => {
    const r = repeat[level];
    if (r) {
      r.parts.push(part);
      r.block.text += part.text;
      const rel = relation(r.block.text, r.target.text);
      if (rel === 'equal') {
        r.parts.forEach(drop);
        closeRepeat(level);
      } else if (rel !== 'prefix') {
        logWarning(log, part.line, `group cell "${r.block.text}" starts like "${r.target.text}" but differs; kept as a new group`);
        current[level] = r.block;
        repeat[level] = null;
      }
      return;
    }
    const cur = current[level];
    if (cur) cur.text += part.text;
    else {
      current[level] = { text: part.text, alias: null };
      logWarning(log, part.line, `group cell "${part.text}" has no label and no group above it`);
    }
  };
  // "| 开办企业 | 1 | …" then "| | 2 | …" then "| 办理建筑许可 | 3 | …": a new name opens a new group,
  // the same name (written again on every row) stays in it, and is kept in its cell. So does a
  // name without label on the line that starts a row ("1\t开办企业\t推进…", a Word copy) while
  // the column has shown no label: in 资阳's labelled columns such text is a piece cut off.
  const labelled = [false, false];
  const feedWhole = (level: number, part: CellPart): void => {
    const cur = current[level];
    if (cur && relation(part.text, cur.text) === 'equal') return;
    current[level] = { text: part.text, alias: null };
    for (let l = level + 1; l < current.length; l++) current[l] = null;
  };
  return {
    feed(level, part, how = 'continuation') {
      if (how === 'whole') return feedWhole(level, part);
      if (groupLabelLevel(part.text) !== null) {
        labelled[level] = true;
        return feedLabel(level, part);
      }
      return how === 'start' && !labelled[level] ? feedWhole(level, part) : feedFragment(level, part);
    },
    isNew(level, text) {
      const cur = current[level];
      if (groupLabelLevel(text) === null) return false;
      return !cur || (relation(text, cur.text) === 'other' && groupLabel(text) !== groupLabel(cur.text));
    },
    isOpen(level) {
      const t = repeat[level]?.block.text ?? current[level]?.text ?? '';
      return (t.match(/[(（]/g) ?? []).length > (t.match(/[)）]/g) ?? []).length;
    },
    snapshot: () => current.map((c, l) => repeat[l]?.block ?? c),
    finish: () => current.forEach((_, l) => closeRepeat(l)),
  };
}
