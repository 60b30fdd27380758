import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { buildPlans } from '../../../scripts/lib/build-plans.ts';
import { planToMdast } from '../../../scripts/lib/emit/plan-to-mdast.ts';
import { serializeMdx } from '../../../scripts/lib/emit/serialize-mdx.ts';
import { CURATED } from '../../golden/seeds.ts';

// Text is data: a plan full of MDX, HTML and JS syntax must come back from the MDX parser as
// the same text, with no ESM, no expressions, no raw HTML and no element we did not emit.
const name = '恶意 文本 plan.txt';
const bytes = new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../fixtures/hostile', name)));
const plan = buildPlans([{ name, bytes }], CURATED).plans[0]!;
const mdx = serializeMdx(planToMdast(plan));
const parsed: Root = fromMarkdown(mdx, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
const EMITTED = new Set(['Heading', 'Measure', 'section', 'div', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption', 'a', 'time']);

describe('hostile text through MDX', () => {
  it('parses back without ESM, expressions or raw HTML', () => {
    const kinds = new Set<string>();
    visit(parsed, (n) => { kinds.add(n.type); });
    for (const bad of ['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html', 'link', 'image', 'emphasis', 'inlineCode', 'thematicBreak', 'blockquote', 'list', 'table', 'delete']) {
      expect(kinds, `found a ${bad} node`).not.toContain(bad);
    }
  });
  it('only the elements the emitter wrote are JSX', () => {
    const names = new Set<string>();
    visit(parsed, (n) => { if (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') names.add((n as { name: string }).name); });
    for (const n of names) expect(EMITTED).toContain(n);
  });
  it('every paragraph and measure text comes back literally', () => {
    const text = toString(parsed).replace(/\s+/g, '');
    const attrs: string[] = [];
    visit(parsed, (n) => { if (n.type === 'mdxJsxFlowElement') for (const a of (n as { attributes: { value?: unknown }[] }).attributes) if (typeof a.value === 'string') attrs.push(a.value); });
    const all = text + attrs.join('').replace(/\s+/g, '');
    for (const b of plan.blocks) if (b.type === 'paragraph') expect(all).toContain(b.text.replace(/\s+/g, ''));
    for (const m of plan.measures) expect(all).toContain(m.text.replace(/\s+/g, ''));
    expect(all).toContain("exportconstpwned=(()=>{thrownewError('MDXrananexportfromaplantext')})();");
    expect(all).toContain('import改革方案的通知from"./nowhere.js";');
    expect(all).toContain('<script>alert(1)</script>');
  });
  it('keeps leads and deadlines found in hostile text', () => {
    expect(plan.measures).toHaveLength(6);
    expect(plan.measures[1]!.leads).toEqual(['市局']);
    expect(plan.measures[3]!.deadline).toEqual({ raw: '9月底前', date: '2021-09-30' });
  });
});
