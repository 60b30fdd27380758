/**
 * Small plans in each duty-marker layout (tests/fixtures/layouts/duty/*.txt) through the real
 * pipeline (ingest + assemblePlan): every measure's leads, partners, lead source, leader and deadline.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../scripts/lib/draft-plan.ts';
import { assemblePlan } from '../../../scripts/lib/enrich/assemble-plan.ts';
import { Plan } from '../../../src/model/schema.ts';
import { CURATED } from '../../golden/seeds.ts';

const DIR = resolve(import.meta.dirname, '../../fixtures/layouts/duty');

function plan(file: string): Plan {
  const bytes = new Uint8Array(readFileSync(resolve(DIR, file)));
  return Plan.parse(assemblePlan(ingest({ name: file, bytes }), CURATED.regions, CURATED.content, () => false));
}

/** [leads, partners, leadSource, deadline raw, deadline date, leader?] per measure, in order. */
type Row = [string[], string[], string, string | null, string | null, string?];
const facts = (p: Plan): Row[] =>
  p.measures.map((m) => {
    const row: Row = [m.leads, m.partners, m.leadSource, m.deadline?.raw ?? null, m.deadline?.date ?? null];
    if (m.leader !== null) row.push(m.leader);
    return row;
  });

const EXPECTED: Record<string, Row[]> = {
  // "（牵头单位：…；配合单位：…；完成时限：…）" in one bracket; "（牵头单位：A；责任单位：B，C，9月底完成）"
  'one-bracket-labelled.txt': [
    [['市市场监管局'], ['市公安局', '市税务局'], 'inline', '2022年6月底前', '2022-06-30'],
    [['市市场监管局'], ['市政务服务中心'], 'inline', '2022年第三季度', '2022-09-30'],
    [['市市场监管局'], ['各县（市、区）人民政府', '开发区管委会'], 'inline', '长期坚持', null],
    [['市住建局'], ['市自然资源局', '市发改委'], 'inline', '2022年12月', '2022-12-31'],
    [['市住建局'], [], 'inline', '下半年', '2022-12-31'],
    [['市发改委'], ['市生态环境局'], 'inline', '2023—2025年', '2025-12-31'],
    [['市行政审批局'], ['市司法局', '市委编办', '市直相关单位', '各县（市、区）人民政府'], 'inline', '9月底完成', '2022-09-30'],
  ],
  // "（A牵头，B配合，6月底前完成）", "（A负责）", "（责任单位：A、B）", "【…】", "〔…〕"
  'role-notes.txt': [
    [['县政务服务中心'], ['各乡镇人民政府'], 'inline', '6月底前完成', '2023-06-30'],
    [['县政务服务中心'], [], 'inline', null, null],
    [['县市场监管局', '县司法局'], [], 'inline', null, null],
    [['县发展改革局', '县财政局'], [], 'inline', null, null],
    [['县发展改革局', '县市场监管局'], [], 'inline', null, null],
    [['县市场监管局'], ['县公安局', '各乡镇（街道）'], 'inline', null, null],
    [['县政务服务中心'], ['县人社局', '县医保局'], 'inline', '9月底前', '2023-09-30'], // note ends the first line
  ],
  // "牵头单位：…" / "责任单位：…" / "完成时限：…" lines, several on one line, "责任领导：…"
  'marker-lines.txt': [
    [['市发展改革委'], ['市自然资源局', '市住建局', '各县（市、区）政府', '开发区管委会'], 'marker', '2024年6月底前', '2024-06-30'],
    [['市供电公司', '市住建局'], [], 'marker', '长期坚持', null],
    [['市税务局'], ['市财政局', '市人社局'], 'marker', '2024年底', '2024-12-31', '张明'],
    [['市政府办公室'], [], 'marker', '每年', null],
    [['市自然资源局'], ['市税务局'], 'marker', '2024年6月30日前', '2024-06-30'],
    [['市发展改革委'], [], 'marker', null, null], // "完成时限：无"
  ],
  // "（第一责任单位为牵头单位，下同）" in the preamble: the first unit of a 责任单位 list leads
  'first-unit-leads.txt': [
    [['市市场监管局'], ['市公安局', '市税务局'], 'inline', '2022年上半年', '2022-06-30'],
    [['市公安局'], ['市财政局'], 'inline', null, null],
    [['市市场监管局'], ['市税务局', '市人社局'], 'inline', null, null],
    [['市住建局'], ['市自然资源局', '市生态环境局'], 'marker', '2022年第四季度', '2022-12-31'],
    [['市住建局'], [], 'marker', '2022年6月', '2022-06-30'],
    [['市住建局'], ['市发展改革委'], 'marker', '持续推进', null],
  ],
  // a heading followed by "责任单位：…" / "牵头单位：A  配合单位：B" before its first measure,
  // or ending in a role note "（A牵头，B、C配合）"
  'section-markers.txt': [
    [['区市场监管局', '区税务局'], [], 'section', null, null],
    [['区市场监管局', '区税务局'], [], 'section', null, null],
    [['区政务服务中心'], [], 'inline', null, null],
    [['区供电公司'], ['区住建局', '区城管局'], 'section', null, null],
    [['区供电公司'], ['区住建局', '区城管局'], 'section', null, null],
    [['区供电公司'], ['区住建局', '区城管局'], 'section', '2023年底', '2023-12-31'],
    [['区税务局'], ['区财政局', '区人社局'], 'section', null, null],
    [['区税务局'], [], 'inline', '6月底前完成', '2023-06-30'],
  ],
  // a 责任单位 table column under "注：第一责任单位为牵头单位。" printed below the table
  'table-first-unit.txt': [
    [['县市场监管局'], ['县公安局', '县税务局'], 'column', '2023年6月底前', '2023-06-30'],
    [['县自然资源局'], ['县税务局'], 'column', '下半年', '2023-12-31'],
    [['县供电公司'], [], 'column', '每年', null],
  ],
};

describe('duty markers in every layout, through the pipeline', () => {
  it.each(Object.keys(EXPECTED))('%s', (file) => {
    const p = plan(file);
    expect(facts(p)).toEqual(EXPECTED[file]);
    // each measure names one deadline at most here: the marker's, read once (not again as running text)
    for (const m of p.measures) expect(m.deadlines, m.id).toEqual(m.deadline ? [m.deadline] : []);
  });

  it('keeps every marker in the measure text (nothing cut; ingest drops the spaces between CJK)', () => {
    const m = plan('marker-lines.txt').measures[2]!;
    expect(m.text).toContain('牵头单位：市税务局配合单位：市财政局、市人社局完成时限：2024年底');
    expect(m.text).toContain('责任领导：张明');
  });
});
