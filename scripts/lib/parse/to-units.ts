import type { SourceLine } from '../../../src/model/schema.ts';
import type { TableRegion } from './find-tables.ts';
import { cleanSpaces, type ParseLog } from './parse-log.ts';
import { stripMarkdown } from './strip-markdown.ts';

/** A non-blank line of running text, or the place where a table stands. */
export type Unit =
  | { kind: 'text'; text: string; line: number }
  | { kind: 'table'; region: TableRegion; line: number };

/**
 * Turns source lines into units: one per non-blank line, markdown artefacts and stray spaces
 * removed, with each table region replaced by a single table unit. Runs of three or more spaces
 * that separate fields ("巫山县人民政府办公室　　　　2021年7月30日印发") become one space.
 */
export function toUnits(lines: SourceLine[], tables: TableRegion[], log: ParseLog): Unit[] {
  const units: Unit[] = [];
  let t = 0;
  for (let i = 0; i < lines.length; i++) {
    const region = tables[t];
    if (region && i === region.start) {
      units.push({ kind: 'table', region, line: lines[i]!.n });
      i = region.end - 1;
      t++;
      continue;
    }
    const stripped = stripMarkdown(lines[i]!.text, lines[i]!.n, log);
    const fields = stripped.trim().split(/[ \t\u3000\u00a0]{3,}/).map((f) => cleanSpaces(f, log, lines[i]!.n));
    const text = fields.filter(Boolean).join(' ');
    if (text === '') continue;
    units.push({ kind: 'text', text, line: lines[i]!.n });
  }
  return units;
}
