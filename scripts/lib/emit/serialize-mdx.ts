import type { Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';

/**
 * Serialises an mdast tree to MDX. mdast-util-to-markdown escapes `{ < # * [ |` but not a
 * paragraph that starts with "import " or "export ": MDX would run it as ESM at build time
 * ("export const …", "import 改革方案的通知" failed the build). Their first letter is written
 * as a character reference (&#x65;xport), which renders the literal text.
 */
export function serializeMdx(tree: Root): string {
  return toMarkdown(tree, {
    extensions: [mdxToMarkdown(), gfmToMarkdown()],
    unsafe: [
      { character: 'e', atBreak: true, after: 'xport\\b' },
      { character: 'i', atBreak: true, after: 'mport\\b' },
    ],
    bullet: '-',
    rule: '-',
  });
}
