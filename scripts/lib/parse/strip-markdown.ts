/** A line with markdown artefacts removed, and what was removed. */
export interface Stripped {
  text: string;
  /** Counts by artefact kind: markdown-heading, markdown-bold, markdown-link, markdown-list, markdown-break. */
  removed: Record<string, number>;
}

/** Adds `n` to `counts[kind]`. */
export function bump(counts: Record<string, number>, kind: string, n = 1): void {
  if (n > 0) counts[kind] = (counts[kind] ?? 0) + n;
}

/**
 * Removes markdown that a converter left in the plain text, never the text it wraps:
 * "## 一、大力开展…" (乐山), "### **三、持续提升…**", "**（五）优化外资外贸服务。**建立健全…",
 * "激励大众[创业](#)万众[创新](#)" (资阳, empty links), "- 注：" list markers, and the two
 * trailing spaces of a markdown hard break ("乐山市人民政府办公室  ").
 */
export function stripMarkdown(line: string): Stripped {
  const removed: Record<string, number> = {};
  let text = line;
  const heading = /^\s{0,3}(#{1,6})\s+/.exec(text);
  if (heading) { text = text.slice(heading[0].length); bump(removed, 'markdown-heading'); }
  const list = /^\s{0,3}[-*+]\s+(?=\S)/.exec(text);
  if (list) { text = text.slice(list[0].length); bump(removed, 'markdown-list'); }
  text = text.replace(/\[([^\]\n]*)\]\((?:#[^)\s]*)?\)/g, (_m, inner: string) => { bump(removed, 'markdown-link'); return inner; });
  text = text.replace(/\*\*/g, () => { bump(removed, 'markdown-bold'); return ''; });
  if (/ {2,}$/.test(text) && text.trim() !== '') bump(removed, 'markdown-break');
  return { text, removed };
}
