import { isTitleFragment, isWholeTitle } from './classify-cell.ts';

// Whole names are leader cells written without spaces ("刘华彬", "王琪", "马泽波", "常务副市长"),
// minus those that are only the start or end of another ("常务", "副市长", "长" of "常务副市长").

/** Whole leader names of one table, from its leader cell pieces. */
export function knownLeaderNames(values: string[]): Set<string> {
  const usable = (v: string): boolean => !!v && v !== '无' && !/\s/.test(v) && (isWholeTitle(v) || !isTitleFragment(v));
  const whole = new Set(values.map((v) => v.trim()).filter(usable));
  for (const v of [...whole]) {
    for (const w of whole) {
      if (w !== v && (w.startsWith(v) || w.endsWith(v))) {
        whole.delete(v);
        break;
      }
    }
  }
  return whole;
}

/** True when `frag` is a proper start (`end` false) or end of a known name or of a title. */
export function isNamePiece(frag: string, known: Set<string>, end: boolean): boolean {
  for (const k of known) if (k !== frag && (end ? k.endsWith(frag) : k.startsWith(frag))) return true;
  return isTitleFragment(frag) && !isWholeTitle(frag);
}

/** True when `name` is a known name, or a title ("常务副市长") that is no piece of a known name. */
export function isKnownName(name: string, known: Set<string>): boolean {
  if (known.has(name)) return true;
  if (!isWholeTitle(name)) return false;
  for (const k of known) if (k !== name && (k.startsWith(name) || k.endsWith(name))) return false;
  return true;
}

/** Result of joining the space-separated pieces of one leader cell. */
export interface JoinedLeader {
  text: string;
  /** Whitespace runs dropped (joined or turned into "、"). */
  spaces: number;
  /** "、" put between two people. */
  separators: number;
  /** False when no grouping of the pieces matched the table's names; the pieces were just joined. */
  sure: boolean;
}

// "刘华 彬" / "张 建 红" / "常务 副市 长" join into one name; "王琪 马泽波" is two people →
// "王琪、马泽波". A cell cut by a page break may start with the end of a name and end with the
// start of one ("王琪 马泽" → "王琪、马泽"). The grouping with the fewest names wins.

/** Joins a space-split leader cell by the names the table writes whole elsewhere. */
export function joinLeaderTokens(text: string, known: Set<string>): JoinedLeader {
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  const n = tokens.length;
  if (n <= 1) return { text: tokens.join(''), spaces: 0, separators: 0, sure: true };
  // best[i]: fewest names covering tokens[0..i), with the cut points
  const best: { count: number; cuts: number[] }[] = [{ count: 0, cuts: [] }];
  for (let i = 1; i <= n; i++) {
    for (let j = 0; j < i; j++) {
      const prev = best[j];
      if (!prev) continue;
      const name = tokens.slice(j, i).join('');
      const ok = isKnownName(name, known) || (j === 0 && isNamePiece(name, known, true)) || (i === n && isNamePiece(name, known, false));
      if (ok && (!best[i] || prev.count + 1 < best[i].count)) best[i] = { count: prev.count + 1, cuts: [...prev.cuts, j] };
    }
  }
  const found = best[n];
  // Nothing known: a Chinese name has 2–4 characters, so "李明 王小红" (5) reads as two people.
  if (!found) {
    const people = tokens.every((w) => w.length >= 2) && tokens.join('').length > 4;
    return { text: tokens.join(people ? '、' : ''), spaces: n - 1, separators: people ? n - 1 : 0, sure: false };
  }
  const names = found.cuts.map((start, k) => tokens.slice(start, found.cuts[k + 1] ?? n).join(''));
  return { text: names.join('、'), spaces: n - 1, separators: names.length - 1, sure: true };
}
