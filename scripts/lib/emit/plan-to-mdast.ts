import type { Root, RootContent } from 'mdast';
import type { Block, Measure, Plan } from '../../../src/model/schema.ts';
import { flow, para } from './jsx.ts';

/** Paragraph roles grouped in a section of their own on the page: the covering notice and the document footer. */
const WRAPPED = { notice: 'notice', signature: 'notice', footer: 'doc-footer', note: 'notice' } as const;
const LABELS: Record<string, string> = { notice: '印发通知', 'doc-footer': '文件尾注' };

/** A measure in running text: label and run-in title in bold, then its paragraphs. */
function measureNode(slug: string, m: Measure): RootContent {
  const [first = '', ...rest] = m.text.split('\n');
  const lead = m.title !== null && first.startsWith(m.title)
    ? [{ type: 'strong' as const, children: [{ type: 'text' as const, value: `${m.label}${m.title}` }] }, first.slice(m.title.length)]
    : [{ type: 'strong' as const, children: [{ type: 'text' as const, value: m.label }] }, first];
  return flow('Measure', { plan: slug, n: String(m.n) }, [para(...lead), ...rest.map((t) => para(t))]);
}

/** One block as mdast: headings and wrappers are JSX with string attributes, text is text. */
function blockNode(plan: Plan, b: Block, measures: Map<number, Measure>): RootContent {
  switch (b.type) {
    case 'heading':
      return flow('Heading', { id: b.id, depth: String(b.depth), label: b.label, title: b.title, note: b.note });
    case 'paragraph':
      return para(b.text);
    case 'measure':
      return measureNode(plan.slug, measures.get(b.n)!);
    case 'table':
      // Rendered from the model by the site's PlanTable component: as JSX in the MDX, the
      // tables were 85% of the bodies and most of Astro's build time at 500 plans.
      return flow('PlanTable', { plan: plan.slug, id: b.id });
  }
}

/**
 * Emit stage: a plan's body as an mdast tree for MDX. Notice and footer paragraphs are grouped
 * in `<section class="notice">` / `<section class="doc-footer">`; measures become `<Measure plan n>` with their text as
 * children, tables `<PlanTable plan id>` (rendered from the model as real tables). The site's components add leads, deadlines and links.
 */
export function planToMdast(plan: Plan): Root {
  const measures = new Map(plan.measures.map((m) => [m.n, m]));
  const children: RootContent[] = [];
  // Declared through a cast: a plain `= null` narrows the loop's first read to `never`.
  let wrapper = null as { name: string; node: ReturnType<typeof flow> } | null;
  for (const b of plan.blocks) {
    const name = b.type === 'paragraph' && b.role !== 'body' ? WRAPPED[b.role] : null;
    if (name === null) { wrapper = null; children.push(blockNode(plan, b, measures)); continue; }
    if (wrapper?.name !== name) { wrapper = { name, node: flow('section', { class: name, id: name === 'notice' ? 'notice' : 'doc-footer', 'aria-label': LABELS[name] }) }; children.push(wrapper.node); }
    const p = b as { role: string; text: string };
    wrapper.node.children.push(flow('div', { class: `role-${p.role}` }, [para(p.text)]));
  }
  return { type: 'root', children };
}
