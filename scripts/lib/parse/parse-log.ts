import { removeStraySpaces } from '../text/remove-stray-spaces.ts';

// What parsing a table removed, added or doubted: artefact counts, an edit log precise enough to
// prove that no other character was lost, and warnings for the user.

/** One artefact edit that removed or added visible (non-whitespace) characters. */
export interface ParsedEdit {
  /** 1-based source line the edit applies to. */
  line: number;
  /** Artefact kind, as counted in `ParseLog.artefacts`. */
  kind: string;
  /** Text taken out of the source ("<p>", "------", a repeated group cell…), '' when none. */
  removed: string;
  /** Text put in that the source did not have (the "、" between two leaders), '' when none. */
  added: string;
}

/** A problem worth telling the user, with the source line. */
export interface ParseWarning {
  line: number;
  message: string;
}

/** Mutable accumulator used while one table is parsed. */
export interface ParseLog {
  artefacts: Record<string, number>;
  edits: ParsedEdit[];
  warnings: ParseWarning[];
}

/** A fresh, empty log. */
export function createParseLog(): ParseLog {
  return { artefacts: {}, edits: [], warnings: [] };
}

/** Counts `count` artefacts of `kind`; logs the edit when it removed or added more than whitespace. */
export function logArtefact(
  log: ParseLog,
  kind: string,
  line: number,
  removed = '',
  added = '',
  count = 1,
): void {
  if (count <= 0) return;
  log.artefacts[kind] = (log.artefacts[kind] ?? 0) + count;
  if (/\S/.test(removed) || /\S/.test(added)) log.edits.push({ line, kind, removed, added });
}

/** Text with stray spaces removed (see removeStraySpaces); the removed whitespace is counted as 'stray-space'. */
export function cleanSpaces(text: string, log: ParseLog, line: number): string {
  const { text: clean, removed } = removeStraySpaces(text);
  logArtefact(log, 'stray-space', line, '', '', removed);
  return clean;
}

/** Records a problem worth telling the user. */
export function logWarning(log: ParseLog, line: number, message: string): void {
  log.warnings.push({ line, message });
}
