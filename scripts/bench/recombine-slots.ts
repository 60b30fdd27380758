/**
 * Where a line of a plan holds a measure's text that can be swapped for another measure's text
 * of the same shape without changing the plan's structure: the label, table cells and line
 * breaks stay, only the body changes. Headings are left alone (bodies under 30 characters are
 * titles, not measures), so every synthetic plan keeps its template's outline.
 */

/** A swappable body within one line: `prefix + body + suffix` is the line. */
export interface Slot {
  /** Shape of the line; bodies are only swapped between slots of the same key. */
  key: 'row-numbered' | 'cell-numbered' | 'paren-arabic' | 'arabic-dot' | 'paren-cn';
  prefix: string;
  body: string;
  suffix: string;
}

const LABELS: [Slot['key'], RegExp][] = [
  ['paren-arabic', /^(\s*[(（]\d+[)）]\s*)(.*)$/],
  ['arabic-dot', /^(\s*\d+[.．、]\s*)(.*)$/],
  ['paren-cn', /^(\s*[(（][一二三四五六七八九十]+[)）]\s*)(.*)$/],
];

/** The swappable body of a line, or null when the line must stay as it is. */
export function slotOf(line: string): Slot | null {
  if (line.includes('\t')) {
    const cells = line.split('\t');
    // 四川 分工表: "35	深化职务科技成果…	科技厅	12月底前".
    if (/^\d+$/.test(cells[0]!.trim()) && cells.length >= 3 && cells[1]!.length >= 20) {
      return { key: 'row-numbered', prefix: `${cells[0]}\t`, body: cells[1]!, suffix: `\t${cells.slice(2).join('\t')}` };
    }
    // 资阳 举措清单: the measure cell starts with its number, "12.按照省上的安排部署…".
    const j = cells.findIndex((c) => /^\d+[.．]\S.{19,}/.test(c));
    if (j < 0) return null;
    const label = /^\d+[.．]/.exec(cells[j]!)![0];
    return { key: 'cell-numbered', prefix: `${cells.slice(0, j).join('\t')}${j > 0 ? '\t' : ''}${label}`, body: cells[j]!.slice(label.length), suffix: j + 1 < cells.length ? `\t${cells.slice(j + 1).join('\t')}` : '' };
  }
  const cr = line.endsWith('\r') ? '\r' : '';
  const text = cr ? line.slice(0, -1) : line;
  for (const [key, re] of LABELS) {
    const m = re.exec(text);
    if (m && m[2]!.length >= 30) return { key, prefix: m[1]!, body: m[2]!, suffix: cr };
  }
  return null;
}

/** Every swappable body of some texts, grouped by shape. */
export function slotPools(texts: readonly string[]): Map<Slot['key'], string[]> {
  const pools = new Map<Slot['key'], string[]>();
  for (const text of texts) {
    for (const line of text.split('\n')) {
      const s = slotOf(line);
      if (s) pools.set(s.key, [...(pools.get(s.key) ?? []), s.body]);
    }
  }
  return pools;
}
