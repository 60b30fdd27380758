import type { BlockContent, DefinitionContent, Paragraph, PhrasingContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

/** Attribute values of a generated JSX element: strings only, so no expression ever runs. */
export type Attrs = Record<string, string | null | undefined>;

/** Child nodes a generated JSX flow element may hold. */
export type FlowChild = BlockContent | DefinitionContent | MdxJsxFlowElement;

/** Converts an attribute map to mdast JSX attributes, skipping null and undefined. */
function attributes(attrs: Attrs): MdxJsxFlowElement['attributes'] {
  return Object.entries(attrs)
    .filter((e): e is [string, string] => typeof e[1] === 'string')
    .map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value }));
}

/** A JSX block element (`<Measure n="3">…</Measure>`, `<tr>`); text goes in as data, never as code. */
export function flow(name: string, attrs: Attrs, children: FlowChild[] = []): MdxJsxFlowElement {
  return { type: 'mdxJsxFlowElement', name, attributes: attributes(attrs), children };
}

/** A JSX inline element (`<a href="#m3">`). */
export function inline(name: string, attrs: Attrs, children: PhrasingContent[] = []): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name, attributes: attributes(attrs), children };
}

/** A paragraph of plain text. */
export function para(...children: (PhrasingContent | string)[]): Paragraph {
  return { type: 'paragraph', children: children.map((c) => (typeof c === 'string' ? { type: 'text', value: c } : c)) };
}
