import { fold } from './normalize.ts';

/** Parts of a page that quote other measures (the collapsed "其他方案的相同举措" lists): the query is not marked there. */
const QUOTED_ELSEWHERE = '.similar';

/**
 * Wraps every exact occurrence of the folded terms inside `root` in <mark>, also across element
 * boundaries ("<strong>(1)在自贸</strong>先行区" still marks "自贸先行区"), outside lists quoting
 * other plans' measures. Returns the marks.
 */
export function markText(root: Element, terms: string[]): HTMLElement[] {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest(QUOTED_ELSEWHERE) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: { node: Text; start: number }[] = [];
  let whole = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push({ node: n as Text, start: whole.length });
    whole += (n as Text).data;
  }
  const f = fold(whole);
  const ranges: [number, number][] = [];
  for (const t of terms) for (let at = f.text.indexOf(t); at >= 0; at = f.text.indexOf(t, at + t.length)) ranges.push([f.offsets[at]!, f.offsets[at + t.length - 1]! + 1]);
  const marks: HTMLElement[] = [];
  // Right to left, so splitting a text node never moves a range still to be marked.
  for (const [s, e] of ranges.sort((a, b) => b[0] - a[0])) {
    for (let i = nodes.length - 1; i >= 0; i--) {
      const { node, start } = nodes[i]!;
      const from = Math.max(s, start) - start;
      const to = Math.min(e, start + node.data.length) - start;
      if (to <= from) continue;
      const range = doc.createRange();
      range.setStart(node, from);
      range.setEnd(node, to);
      const mark = doc.createElement('mark');
      range.surroundContents(mark);
      marks.unshift(mark);
    }
  }
  return marks;
}
