import { isKnownName, isNamePiece } from './leader-names.ts';

/** A leader decision worth telling the user, by index into the values. */
export interface LeaderNote {
  index: number;
  message: string;
}

// A merged leader cell wrapped over two rows leaves "常务" on one row and "副市长" on the next
// (资阳 rows 21/22, 62/63, 77/78, 95/96 …) or "王琪、马泽" + "波" (rows 186/187): both rows get the
// whole name. A lone piece no neighbour completes ("副市长" under a whole "常务副市长", row 321;
// "长", row 329) becomes the only known name it can be part of, with a note.

/** Recombines leader names wrapped over consecutive rows; one leader per value, plus notes. */
export function recombineLeaders(values: string[], known: Set<string>): { leaders: (string | null)[]; notes: LeaderNote[] } {
  const leaders: (string | null)[] = values.map(() => null);
  const notes: LeaderNote[] = [];
  const isWhole = (v: string): boolean => v.split('、').every((p) => isKnownName(p, known));
  for (let i = 0; i < values.length; i++) {
    const v = values[i].trim();
    if (leaders[i] !== null || !v || v === '无') continue;
    if (isWhole(v)) {
      leaders[i] = v;
      continue;
    }
    const parts = v.split('、');
    const next = values[i + 1]?.trim() ?? '';
    if (next && isNamePiece(parts[parts.length - 1], known, false)) {
      const nextParts = next.split('、');
      const joined = [...parts.slice(0, -1), parts[parts.length - 1] + nextParts[0], ...nextParts.slice(1)].join('、');
      if (isWhole(joined)) {
        leaders[i] = leaders[i + 1] = joined;
        continue;
      }
    }
    leaders[i] = parts.map((p) => (isKnownName(p, known) ? p : complete(p, known) ?? p)).join('、');
    notes.push({
      index: i,
      message: isWhole(leaders[i] ?? '')
        ? `leader fragment "${v}" has no neighbouring piece; read as "${leaders[i]}", the only name it is part of`
        : `leader "${v}" is not a name written whole elsewhere in the table and could not be recombined`,
    });
  }
  return { leaders, notes };
}

function complete(piece: string, known: Set<string>): string | null {
  const candidates = [...known].filter((k) => k !== piece && (k.startsWith(piece) || k.endsWith(piece)));
  return candidates.length === 1 ? candidates[0] : null;
}
