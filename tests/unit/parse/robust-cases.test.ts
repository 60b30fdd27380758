import { describe, expect, it } from 'vitest';
import { ingest } from '../../../scripts/lib/draft-plan.ts';
import { assemblePlan } from '../../../scripts/lib/enrich/assemble-plan.ts';
import { measureDepth } from '../../../scripts/lib/parse/measure-depth.ts';
import { structureBody, type BodyItem } from '../../../scripts/lib/parse/structure-body.ts';
import { Plan } from '../../../src/model/schema.ts';
import { CURATED } from '../../golden/seeds.ts';

// Cases the robustness property test (robust.property.test.ts) found, kept as plain examples.
const items = (...texts: string[]): BodyItem[] => texts.map((text, i) => ({ kind: 'para', text, line: i + 1 }));
/** Structure as the parse stage does it: measure roles first. */
const structure = (list: BodyItem[]) => structureBody(list, measureDepth(list.flatMap((it) => (it.kind === 'para' ? [it.text] : []))));
const planOf = (text: string) => assemblePlan(ingest({ name: 'x.txt', bytes: new TextEncoder().encode(text) }), CURATED.regions, CURATED.content, () => false);

describe('layouts found by the property test', () => {
  it('a label alone on its line: the task on the next line is its text, without a leading newline', () => {
    // "3．" / "压减时间。" — PDF extraction breaking after the label.
    const { measures } = structure(items('1．推进改革。', '2．优化服务。', '3．', '压减时间。'));
    expect(measures.map((m) => m.text)).toEqual(['推进改革。', '优化服务。', '压减时间。']);
  });
  it('a bare label with nothing after it: a valid plan with an empty measure text and a warning', () => {
    const plan = planOf('某县2021年工作方案\n一、重点任务\n（一）推进改革。\n（二）优化服务。\n（三）\n\n二、工作安排\n');
    expect(Plan.safeParse(plan).success).toBe(true);
    expect(plan.measures.map((m) => [m.label, m.text])).toEqual([['（一）', '推进改革。'], ['（二）', '优化服务。'], ['（三）', '']]);
    expect(plan.warnings.map((w) => [w.line, w.message])).toContainEqual([5, 'numbered item （三） has no text; expected the task after its label']);
  });
  it('thousands of paragraphs of prose after the last label: structure in linear time', () => {
    // Each paragraph used to scan the rest of the document for a later label: 40 000 took 166 s,
    // past this test's timeout; in one pass it takes well under a second.
    const prose = Array.from({ length: 40000 }, () => '各地要加强组织领导。');
    const { measures } = structure(items('1．推进改革。', '2．优化服务。', '3．压减时间。', ...prose));
    expect(measures).toHaveLength(3);
    expect(measures[2]!.text.split('\n')).toHaveLength(40001);
  });
  it('thousands of headings get ids s1…sN in one pass', () => {
    const { blocks } = structure(items(...Array.from({ length: 20000 }, (_, k) => `（${k % 2 === 0 ? '一' : '二'}）标题${k}`), '1．推进。', '2．优化。', '3．压减。'));
    const ids = blocks.flatMap((b) => (b.type === 'heading' ? [b.id] : []));
    expect(ids[0]).toBe('s1');
    expect(ids.at(-1)).toBe(`s${ids.length}`);
  });
});
