import type { SourceLine } from '../../../src/model/schema.ts';
import { removeStraySpaces } from '../text/remove-stray-spaces.ts';
import type { TableRegion } from './find-tables.ts';
import { bump, stripMarkdown } from './strip-markdown.ts';

/** A non-blank line of running text, or the place where a table stands. */
export type Unit =
  | { kind: 'text'; text: string; line: number }
  | { kind: 'table'; region: TableRegion; line: number };

/** Units of a document and the artefacts removed while forming them. */
export interface Units {
  units: Unit[];
  artefacts: Record<string, number>;
}

/**
 * Turns source lines into units: one per non-blank line, markdown artefacts and stray spaces
 * removed, with each table region replaced by a single table unit. Runs of three or more spaces
 * that separate fields ("巫山县人民政府办公室　　　　2021年7月30日印发") become one space.
 */
export function toUnits(lines: SourceLine[], tables: TableRegion[]): Units {
  const artefacts: Record<string, number> = {};
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
    const stripped = stripMarkdown(lines[i]!.text);
    for (const [k, v] of Object.entries(stripped.removed)) bump(artefacts, k, v);
    const fields = stripped.text.trim().split(/[ \t\u3000\u00a0]{3,}/).map((f) => removeStraySpaces(f));
    for (const f of fields) bump(artefacts, 'stray-space', f.removed);
    const text = fields.map((f) => f.text).filter(Boolean).join(' ');
    if (text === '') continue;
    units.push({ kind: 'text', text, line: lines[i]!.n });
  }
  return { units, artefacts };
}
