import type { SourceLine } from '../../../src/model/schema.ts';
import { addContinuation, addGroupRow, addRow, readWholeRow } from './add-row.ts';
import { classifyCell } from './classify-cell.ts';
import { findAnchor, type Anchor } from './find-anchor.ts';
import { groupLabelLevel } from './group-label.ts';
import { cleanSpaces, logArtefact } from './parse-log.ts';
import { stripTags } from './strip-tags.ts';
import type { TableState } from './table-state.ts';
import { addWholeGroupRow, wholeGroupLevel } from './whole-group-row.ts';

// "- 注：1.★：对标先进地区…" starts the notes printed under the table; "- 2.☆：…" follow.
const NOTE_START = /^(?:[-*•]\s*)?注\s*[:：]/;
const LIST_MARKER = /^([-*•])\s+/;
// "------\t------", "--------------------------------------\t---…" (markdown table rules)
const RULE_CELL = /^\s*\|?\s*:?-{2,}:?\s*\|?\s*$/;

// Blank lines are skipped; notes, markdown rules and repeated page headers are taken out; a line
// with the next row number starts a row; a line opening a new group ("\t(十六)电力价格\t…" in 资阳,
// "一、…\t\t\t" in 四川) starts an unnumbered or group row; anything else continues the row above.
// In a table without numbers every row is a measure, or a group row (see readWholeRow).

/** Reads one row of the table region (a source line, or lines joined) with its raw cells into the state. */
export function readLine(state: TableState, header: string[], line: SourceLine, split: string[]): void {
  const { log } = state;
  const raw = line.text;
  if (!raw.trim()) return;
  if (state.inNotes || (split.length === 1 && NOTE_START.test(raw.trim()))) {
    state.inNotes = true;
    let text = stripTags(raw, line.n, log).trim();
    const marker = LIST_MARKER.exec(text);
    if (marker) {
      logArtefact(log, 'markdown-list-marker', line.n, marker[1]);
      text = text.slice(marker[0].length);
    }
    const note = cleanSpaces(text, log, line.n);
    if (note) state.notes.push(note);
    return;
  }
  const width = state.cols.roles.length;
  // a whole row missing its trailing empty cells ("| 3 | 推进… | 市局 |") is padded, so cells keep their columns
  const padded = state.whole && split.length > 1 && split.length < width ? [...split, ...Array<string>(width - split.length).fill('')] : split;
  const cells = padded.map((c) => stripTags(c, line.n, log));
  if (cells.every((c) => !c.trim())) return;
  if (cells.every((c) => !c.trim() || RULE_CELL.test(c))) {
    logArtefact(log, 'markdown-rule', line.n, cells.join(''));
    return;
  }
  const bare = cells.map((c) => c.replace(/\s+/g, '')).filter(Boolean);
  if (bare.length === header.length && bare.every((c, i) => c === header[i])) {
    logArtefact(log, 'repeated-header', line.n, cells.join(''));
    return;
  }
  if (!state.numbered) return readWholeRow(state, line.n, cells);
  const anchor = findAnchor(cells, state.cols, state.lastNumber) ?? restartedNumber(state, cells);
  if (anchor) return addRow(state, line.n, cells, anchor);
  const level = state.whole ? wholeGroupLevel(cells, state.cols) : null;
  if (level !== null) return addWholeGroupRow(state, line.n, cells, level);
  const opening = cells.find((c) => {
    const level = groupLabelLevel(c);
    const cls = classifyCell(c);
    return level !== null && (cls === 'group1' || cls === 'group2') && state.tracker.isNew(level, c);
  });
  if (opening !== undefined) {
    const hasGroupColumns = state.cols.groupLevel.some((l) => l !== null);
    return hasGroupColumns ? addRow(state, line.n, cells, null) : addGroupRow(state, line.n, cells);
  }
  addContinuation(state, line.n, cells);
}

// A whole row is never a continuation: "| 1 | … |" after "| 12 | … |" restarts the numbering in a
// new group (序号 counted per group), and is the next measure, its label as written.
function restartedNumber(state: TableState, cells: string[]): Anchor | null {
  const { cols } = state;
  if (!state.whole || cols.number === null || cells.length !== cols.roles.length) return null;
  const label = cells[cols.number]!.trim();
  if (!/^\d{1,4}[.．、]?$/.test(label) || !cells[cols.measure]!.trim()) return null;
  return { index: cols.measure, number: state.lastNumber + 1, label };
}
