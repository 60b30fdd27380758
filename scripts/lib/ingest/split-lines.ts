import type { SourceLine } from '../../../src/model/schema.ts';

/** Lines of a decoded file plus what was normalised on the way. */
export interface SplitLines {
  lines: SourceLine[];
  /** Number of CRLF or lone CR line endings turned into LF. */
  crlf: number;
}

/** Splits text into numbered lines, treating CRLF, CR and LF alike (files saved on Windows use CRLF). */
export function splitLines(text: string): SplitLines {
  let crlf = 0;
  const parts = text.split(/\r\n|\r|\n/);
  for (const m of text.matchAll(/\r\n?/g)) if (m[0]) crlf++;
  // A final newline does not open an empty last line.
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  return { lines: parts.map((t, i) => ({ n: i + 1, text: t })), crlf };
}
