import { logArtefact, type ParseLog } from './parse-log.ts';

/**
 * Removes markdown that a converter left in the plain text, never the text it wraps:
 * "## 一、大力开展…" (乐山), "### **三、持续提升…**", "**（五）优化外资外贸服务。**建立健全…",
 * "激励大众[创业](#)万众[创新](#)" (资阳, empty links) and "- " list markers. Each removal is
 * logged with its line, so the fidelity test can account for every character.
 */
export function stripMarkdown(line: string, n: number, log: ParseLog): string {
  let text = line;
  const heading = /^\s{0,3}(#{1,6})\s+/.exec(text);
  if (heading) { text = text.slice(heading[0].length); logArtefact(log, 'markdown-heading', n, heading[1]); }
  const list = /^\s{0,3}([-*+])\s+(?=\S)/.exec(text);
  if (list) { text = text.slice(list[0].length); logArtefact(log, 'markdown-list', n, list[1]); }
  text = text.replace(/\[([^\]\n]*)\]\((#[^)\s]*)?\)/g, (_m, inner: string, target: string | undefined) => {
    logArtefact(log, 'markdown-link', n, `[](${target ?? ''})`);
    return inner;
  });
  text = text.replace(/\*\*/g, () => { logArtefact(log, 'markdown-bold', n, '**'); return ''; });
  return text;
}
