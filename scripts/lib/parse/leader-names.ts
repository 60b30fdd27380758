/**
 * Whole leader names of one table: leader cells written without spaces ("刘华彬", "王琪",
 * "马泽波", "常务副市长") minus those that are only the start or end of another ("常务",
 * "副市长", "长" of "常务副市长"), and minus the placeholder "无".
 */
export function knownLeaderNames(values: string[]): Set<string> {
  const whole = new Set(values.map((v) => v.trim()).filter((v) => v && v !== '无' && !/\s/.test(v)));
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

/** True when `frag` is a proper start (`end` false) or end of a known name. */
export function isNamePiece(frag: string, known: Set<string>, end: boolean): boolean {
  for (const k of known) if (k !== frag && (end ? k.endsWith(frag) : k.startsWith(frag))) return true;
  return false;
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

/**
 * Joins a leader cell split by spaces, using the names the table writes whole elsewhere:
 * "刘华 彬" / "张 建 红" / "常务 副市 长" join into one name, "王琪 马泽波" is two people →
 * "王琪、马泽波". A cell cut by a page break may start with the end of a name and end with
 * the start of one ("王琪 马泽" → "王琪、马泽"). Fewest names win.
 */
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
      const ok = known.has(name) || (j === 0 && isNamePiece(name, known, true)) || (i === n && isNamePiece(name, known, false));
      if (ok && (!best[i] || prev.count + 1 < best[i].count)) best[i] = { count: prev.count + 1, cuts: [...prev.cuts, j] };
    }
  }
  const found = best[n];
  if (!found) return { text: tokens.join(''), spaces: n - 1, separators: 0, sure: false };
  const names = found.cuts.map((start, k) => tokens.slice(start, found.cuts[k + 1] ?? n).join(''));
  return { text: names.join('、'), spaces: n - 1, separators: names.length - 1, sure: true };
}
