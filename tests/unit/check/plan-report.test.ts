import { describe, expect, it } from 'vitest';
import { ingest } from '../../../scripts/lib/draft-plan.ts';
import { assemblePlan } from '../../../scripts/lib/enrich/assemble-plan.ts';
import { planReport } from '../../../scripts/lib/check/plan-report.ts';
import { formatPlanReport } from '../../../scripts/lib/check/plan-report-text.ts';
import { ParseReport } from '../../../src/model/schema.ts';
import { CURATED } from '../../golden/seeds.ts';

// The parse report of small inline plans: a complete one, one without 文号 and date, and
// ones with a numbered item or a duty marker the structure did not take.
const planOf = (text: string) => assemblePlan(ingest({ name: 'x.txt', bytes: new TextEncoder().encode(text) }), CURATED.regions, CURATED.content, () => false);

const NOTICE = '成办发〔2022〕12号\n成都市人民政府办公厅\n关于印发成都市优化营商环境2022年工作方案的通知\n各区（市）县人民政府，市政府各部门：\n现将《成都市优化营商环境2022年工作方案》印发给你们，请认真贯彻执行。\n成都市人民政府办公厅\n2022年3月1日\n';
const BODY = '成都市优化营商环境2022年工作方案\n一、提升政务服务水平\n' +
  '1．推行企业开办一网通办。2022年6月底前完成。（市市场监管局牵头，市税务局配合）\n' +
  '2．压减不动产登记时间。2022年9月底前完成。（牵头单位：市规划和自然资源局）\n' +
  '3．推广电子证照应用。（牵头单位：市政务服务管理局）\n';

describe('planReport', () => {
  it('a complete plan: every field found, every measure counted', () => {
    const r = planOf(NOTICE + BODY).report;
    expect(ParseReport.parse(r)).toEqual(r);
    expect(r.metaMissing).toEqual([]);
    expect(r.metaFound).toEqual(['title', 'issuer', 'docNumber', 'issueDate', 'region', 'province', 'level', 'year']);
    expect([r.measures, r.withLeads, r.withPartners, r.withDeadlines]).toEqual([3, 3, 1, 2]);
    expect([r.tables, r.tableRows, r.tableMeasures]).toEqual([0, 0, 0]);
    expect(r.unplaced).toEqual([]);
  });
  it('a plan without 文号 and date: both missing, the rest found', () => {
    const r = planOf(BODY).report;
    expect(r.metaMissing).toEqual(['issuer', 'docNumber', 'issueDate']);
    expect(r.metaFound).toContain('year');
    expect(r.metaFound).toContain('region');
    expect(r.measures).toBe(3);
  });
  it('a file with no title: the title falling back to the file name is missing', () => {
    const r = planOf('一、总体要求\n推进改革。\n').report;
    expect(r.metaMissing).toContain('title');
    expect(r.metaMissing).toContain('region');
  });
  it('a "3．" line that became a paragraph of the notice is unplaced, with its line', () => {
    const text = NOTICE.replace('请认真贯彻执行。\n', '请认真贯彻执行。\n3．各地要于6月底前报送进展。\n') + BODY;
    const r = planOf(text).report;
    expect(r.unplaced).toEqual([{ line: 6, kind: 'label', excerpt: '3．各地要于6月底前报送进展。' }]);
    expect(r.measures).toBe(3);
  });
  it('a "责任单位：" line outside any measure is unplaced; inside a measure it is placed', () => {
    const inside = BODY.replace('（牵头单位：市政务服务管理局）\n', '\n责任单位：市政务服务管理局\n');
    expect(planOf(NOTICE + inside).report.unplaced).toEqual([]);
    const outside = NOTICE.replace('请认真贯彻执行。\n', '请认真贯彻执行。\n责任单位：市政府办公厅\n') + BODY;
    expect(planOf(outside).report.unplaced).toEqual([{ line: 6, kind: 'marker', excerpt: '责任单位：市政府办公厅' }]);
  });
  it('counts table rows and table measures, and the formatter prints every section', () => {
    const table = '附件\n重点任务分工表\n序号\t工作任务\t牵头单位\t完成时限\n1\t推行一网通办\t市政务服务管理局\t2022年6月底前\n2\t压减审批时间\t市发展改革委\t2022年12月底前\n3\t推广电子证照\t市大数据局\t持续推进\n';
    const plan = planOf(NOTICE + BODY + table);
    const r = planReport(plan, [...(NOTICE + BODY + table).split('\n').entries()].map(([i, t]) => ({ n: i + 1, text: t })));
    expect([r.tables, r.tableRows, r.tableMeasures]).toEqual([1, 3, 3]);
    // A table that numbers its rows makes them the plan's measures; the text items stay headings.
    expect(r.measures).toBe(3);
    expect(r.unplaced).toEqual([]);
    const text = formatPlanReport('x.txt', plan.slug, r);
    expect(text).toContain('measures: 3 (3 with leads, 0 with partners, 3 with deadlines)');
    expect(text).toContain('tables: 1 (3 rows, 3 measures from tables)');
    expect(text).toContain('metadata missing: none');
  });
});
