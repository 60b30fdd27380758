/**
 * Clauses of a measure's text, the unit keyword evidence is collected and reported in. A long
 * 乐山 paragraph runs across several indicators sentence by sentence ("…加大信贷投放…。综合运用
 * 预留采购份额等措施支持中小企业参与政府采购…。"), and 四川's table rows chain tasks with "；".
 * So the text is cut after 。；;！？!? and at line breaks, and the run-in title ("加大助企纾困力度。")
 * is a clause of its own. Clause texts are exact, trimmed substrings of the input.
 */
import { findDutyNotes } from './find-duty-notes.ts';

/** One clause of a measure's text. */
export interface Clause {
  /** Start index in the measure text (after trimming). */
  start: number;
  /** End index (exclusive). */
  end: number;
  /** The clause as written (exact substring, trimmed). */
  text: string;
  /** True for the run-in title. */
  isTitle: boolean;
  /** Responsibility notes inside the clause, relative to `start`. */
  notes: Array<[number, number]>;
}

/** Clause-ending characters (。；;！？!?), by code: a regex test per character was a hot spot. */
const isEnd = (c: number) => c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f;

/** Clauses of `text`; `title` is the measure's run-in title when it has one. */
export function splitClauses(text: string, title: string | null): Clause[] {
  const titleEnd = title !== null && title !== '' && text.startsWith(title) ? title.length : -1;
  // Cut positions in increasing order, each once (a cut after "。" and one before "\n" can meet).
  const cuts: number[] = [];
  const addCut = (at: number) => { if (cuts.length === 0 || cuts[cuts.length - 1]! < at) cuts.push(at); };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (i === titleEnd) addCut(i);
    if (c === 0x0a) addCut(i);
    if (isEnd(c)) addCut(i + 1);
  }
  addCut(text.length);
  const notes = findDutyNotes(text);
  const clauses: Clause[] = [];
  let from = 0;
  for (const cut of cuts) {
    const raw = text.slice(from, cut);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== '') {
      const start = from + lead;
      const end = start + trimmed.length;
      const inside = notes
        .filter(([a, b]) => a < end && b > start)
        .map(([a, b]): [number, number] => [Math.max(a, start) - start, Math.min(b, end) - start]);
      clauses.push({ start, end, text: trimmed, isTitle: from === 0 && cut === titleEnd, notes: inside });
    }
    from = cut;
  }
  return clauses;
}
