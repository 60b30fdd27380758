import fc from 'fast-check';

/**
 * Mutations of a plan's text for the robustness property test: what copy-paste, OCR and
 * careless conversion do to real files — lines cut, joined, shuffled or duplicated,
 * punctuation switched between full and half width, random bytes and very long lines.
 */
export type Mutation =
  | { op: 'cut'; at: number; count: number }
  | { op: 'join'; at: number }
  | { op: 'shuffle'; at: number; count: number; seed: number }
  | { op: 'duplicate'; at: number; count: number }
  | { op: 'width'; at: number; count: number }
  | { op: 'long-line'; at: number; unit: string; repeat: number }
  | { op: 'bytes'; at: number; bytes: number[] }
  | { op: 'insert'; at: number; line: string };

// Lines that switch the parser's state, inserted anywhere: a table header, a page number,
// an appendix title, a footer, markdown, a notice's 文号 and date, a bare label or marker.
const SNIPPETS = ['序号\t具体措施\t牵头单位\t完成时限', '序号\t工作任务\t责任单位\t配合单位\t时间节点', '— 3 —', '附件', '附件1',
  '抄送：县委办公室', '印发：2021年7月30日', '| 序号 | 任务 | 牵头单位 |', '| --- | --- | --- |', '## 二、', '**', '- ', '川办发〔2021〕17号',
  '2021年7月30日', '（一）', '1．', '①', '责任单位：', '牵头单位：县发展改革委；配合单位：县财政局', '完成时限：2021年12月底前', '\t\t\t', '注：1.★：'];

// Full-width punctuation of Chinese plans and its half-width twin ("（一）" / "(一)", "1．" / "1.").
const PAIRS: [string, string][] = [['（', '('], ['）', ')'], ['：', ':'], ['．', '.'], ['，', ','], ['；', ';'], ['【', '['], ['】', ']'], ['　', ' ']];
const SWAP = new Map(PAIRS.flatMap(([f, h]) => [[f, h], [h, f]] as [string, string][]));

/** A position as a fraction of the text (thousandths), so it fits any file. */
const at = fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000);

/** One random mutation; positions are fractions of the text, so they fit any file. */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('cut' as const), at: at, count: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ op: fc.constant('join' as const), at: at }),
  fc.record({ op: fc.constant('shuffle' as const), at: at, count: fc.integer({ min: 2, max: 40 }), seed: fc.integer() }),
  fc.record({ op: fc.constant('duplicate' as const), at: at, count: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('width' as const), at: at, count: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ op: fc.constant('long-line' as const), at: at, unit: fc.constantFrom('推进', '（一）', '1．', 'a b ', '（牵头单位：县政府）', '。', '**', '<p>', '\t'), repeat: fc.integer({ min: 1000, max: 60000 }) }),
  fc.record({ op: fc.constant('insert' as const), at, line: fc.constantFrom(...SNIPPETS) }),
  fc.record({ op: fc.constant('bytes' as const), at: at, bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 12 }) }),
);

/** Index of a fraction into a list of `n` items. */
const index = (at: number, n: number) => Math.min(n, Math.floor(at * n));

/** The lines with one line-level mutation applied (`bytes` leaves them as they are). */
function mutateLines(lines: string[], m: Mutation): string[] {
  const i = index(m.at, lines.length);
  const out = [...lines];
  switch (m.op) {
    case 'cut': out.splice(i, m.count); break;
    case 'join': if (i + 1 < out.length) out.splice(i, 2, `${out[i]}${out[i + 1]}`); break;
    case 'duplicate': out.splice(i, 0, ...out.slice(i, i + m.count)); break;
    case 'width': for (let k = i; k < Math.min(out.length, i + m.count); k++) out[k] = [...out[k]!].map((c) => SWAP.get(c) ?? c).join(''); break;
    case 'long-line': out.splice(i, 0, m.unit.repeat(m.repeat)); break;
    case 'shuffle': {
      // A deterministic shuffle of a window (xorshift from the case's seed): pages out of order.
      const w = out.slice(i, i + m.count);
      let s = m.seed | 1;
      for (let k = w.length - 1; k > 0; k--) {
        s ^= s << 13; s ^= s >>> 17; s ^= s << 5;
        const j = Math.abs(s) % (k + 1);
        [w[k], w[j]] = [w[j]!, w[k]!];
      }
      out.splice(i, w.length, ...w);
      break;
    }
    case 'insert': out.splice(i, 0, m.line); break;
    case 'bytes': break;
  }
  return out;
}

/** The text with every mutation applied in order, as UTF-8 bytes (byte mutations act on the bytes). */
export function mutate(text: string, mutations: Mutation[]): Uint8Array {
  let lines = text.split('\n');
  for (const m of mutations) lines = mutateLines(lines, m);
  let bytes = new TextEncoder().encode(lines.join('\n'));
  for (const m of mutations) {
    if (m.op !== 'bytes') continue;
    const at = index(m.at, bytes.length);
    const out = new Uint8Array(bytes.length + m.bytes.length);
    out.set(bytes.subarray(0, at));
    out.set(m.bytes, at);
    out.set(bytes.subarray(at), at + m.bytes.length);
    bytes = out;
  }
  return bytes;
}
