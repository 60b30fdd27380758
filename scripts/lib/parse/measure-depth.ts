import { matchLabel } from './match-label.ts';

/**
 * The label depth whose items are the plan's measures: the deepest kind of label that numbers
 * at least three items. 自贡 numbers its tasks "(1)" under "2.工作举措", 巫山 "1．", 乐山
 * "（一）"; a stray "①" inside one measure does not make ① the measure level. Null when the
 * text has no numbered items at all.
 */
export function measureDepth(texts: string[]): number | null {
  const counts = new Map<number, number>();
  for (const t of texts) {
    const label = matchLabel(t);
    if (label) counts.set(label.depth, (counts.get(label.depth) ?? 0) + 1);
  }
  const deep = [...counts].filter(([, n]) => n >= 3).map(([d]) => d);
  return deep.length === 0 ? null : Math.max(...deep);
}
