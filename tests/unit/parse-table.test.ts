import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SourceLine } from '../../src/model/schema.ts';
import { normalizeGroupText } from '../../scripts/lib/parse/group-label.ts';
import { parseTable, type ParsedTable } from '../../scripts/lib/parse/parse-table.ts';

const ZY = '一级指标\t二级指标\t重点举措\t责任单位\t责任 领导\t完成时限';
const SC = '序号\t具体措施\t牵头单位\t完成时限';

/** Source lines numbered from `start`, one per argument, cells given as arrays. */
function region(start: number, ...rows: (string | string[])[]): SourceLine[] {
  return rows.map((r, i) => ({ n: start + i, text: Array.isArray(r) ? r.join('\t') : r }));
}

/** The lines `from`..`to` (1-based, inclusive) of a seed file. */
function seed(file: string, from: number, to: number): SourceLine[] {
  const all = readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8').split(/\r?\n/);
  return all.slice(from - 1, to).map((text, i) => ({ n: from + i, text }));
}

const row = (t: ParsedTable, n: number) => t.rows.find((r) => r.number === n)!;
const at = (t: ParsedTable, line: number) => t.rows.find((r) => r.line === line)!;

describe('parseTable: header', () => {
  it('names roles from header names, not positions, and removes stray spaces', () => {
    const t = parseTable(region(1, ['完成时限', '序号', '具体措施', '牵头单位', '备注']));
    expect(t.columns.map((c) => c.role)).toEqual(['deadline', 'number', 'measure', 'units', 'other']);
    expect(parseTable(region(1, ZY)).columns).toEqual([
      { name: '一级指标', role: 'group1' },
      { name: '二级指标', role: 'group2' },
      { name: '重点举措', role: 'measure' },
      { name: '责任单位', role: 'units' },
      { name: '责任领导', role: 'leader' },
      { name: '完成时限', role: 'deadline' },
    ]);
  });

  it('says what it found and what it expected when the region has no usable header', () => {
    expect(() => parseTable(region(7, '', '附件'))).toThrow(/line 8 "附件".*expected the header line, tab- or pipe-separated/);
    expect(() => parseTable(region(3, '甲\t乙'))).toThrow(/\[甲, 乙\].*expected a task column such as 具体措施/);
  });
});

describe('parseTable: quirks (small inline tables)', () => {
  it('places shifted cells by content, anchored on the "N." measure cell', () => {
    const t = parseTable(region(1, ZY,
      ['一、开办企业  (牵头领导: 张建红)', '(一)开办企业流程', '1.加大推广。', '市市场监管局', '张建红', '持续推进'],
      ['', '(二)开办企业耗时', '2.压减时间。', '市市场监管局、市公安局', '2021年6月并 持续推进', ''],
      ['3.继续发挥作用。', '市司法局、市经济合作外事局', '', '2021年12月', '', ''],
      ['(三)采购结果确定', '4.及时确定结果。', '', '市财政局等市级部门（单位）', '2021年8月'],
      ['', '二、获得电力', '(四)获得电力流程', '5.压减环节。 ①', '市经济和信息化局、国网资阳供电公司', '刘廷安'],
      ['', '', '6.养老服务。', '市民政局', '', '张建新'],
    ));
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['一、开办企业(牵头领导:张建红)', '(一)开办企业流程', '1.加大推广。', '市市场监管局', '张建红', '持续推进'],
      ['', '(二)开办企业耗时', '2.压减时间。', '市市场监管局、市公安局', '', '2021年6月并持续推进'],
      ['', '', '3.继续发挥作用。', '市司法局、市经济合作外事局', '', '2021年12月'],
      ['', '(三)采购结果确定', '4.及时确定结果。', '市财政局等市级部门（单位）', '', '2021年8月'],
      ['二、获得电力', '(四)获得电力流程', '5.压减环节。①', '市经济和信息化局、国网资阳供电公司', '刘廷安', ''],
      ['', '', '6.养老服务。', '市民政局', '张建新', ''],
    ]);
    expect(t.rows.map((r) => [r.number, r.label, r.measureText?.slice(0, 4)])).toEqual([
      [1, '1.', '加大推广'], [2, '2.', '压减时间'], [3, '3.', '继续发挥'], [4, '4.', '及时确定'], [5, '5.', '压减环节'], [6, '6.', '养老服务'],
    ]);
    expect(t.warnings.map((w) => w.line)).toEqual([6, 7]); // rows 5 and 6 have no 完成时限
  });

  it('merges continuation lines back into the right cells, joining names split by a page break', () => {
    const t = parseTable(region(10, ZY,
      ['', '', '1.将水、电、气接入通道建设许可全部纳入政务服务', '市政务服务大数据管理', '', '2021年12月'],
      '',
      ['', '', '大厅办理。', '局、市经济和信息化局', '', '并持续推进'],
      ['', '', '2.落实优惠政策:(一)工业生产企业的各', '市人防办、高新区管委', '吴勇', '2021年6月'],
      ['', '', '类建筑；（二）新建专业物流仓储设施。', '会、临空经济区管委会', ''],
      ['', '', '3.授权给前台窗口人员,确保异议、查封、', '市税务局、市住房城乡建设', '', '2021年8月'],
      ['', '注销登记即时办结。', '局、各县（区）人民政府', ''],
      ['七、跨境贸易', '(四十一)跨境贸易便利度', '4.第一时间解决企业的困', '市商务局', '张建红', '2021年7月'],
      ['(牵头领导:  张建红)', '难问题。', '', '', '', ''],
    ));
    expect(t.rows.map((r) => r.cells.slice(2, 6))).toEqual([
      ['1.将水、电、气接入通道建设许可全部纳入政务服务大厅办理。', '市政务服务大数据管理局、市经济和信息化局', '', '2021年12月并持续推进'],
      ['2.落实优惠政策:(一)工业生产企业的各类建筑；（二）新建专业物流仓储设施。', '市人防办、高新区管委会、临空经济区管委会', '吴勇', '2021年6月'],
      ['3.授权给前台窗口人员,确保异议、查封、注销登记即时办结。', '市税务局、市住房城乡建设局、各县（区）人民政府', '', '2021年8月'],
      ['4.第一时间解决企业的困难问题。', '市商务局', '张建红', '2021年7月'],
    ]);
    expect(row(t, 4).groups).toEqual(['七、跨境贸易(牵头领导:张建红)', '(四十一)跨境贸易便利度']);
    expect(t.warnings).toEqual([]);
  });

  it('drops a continuation fragment only when it merely repeats the end of the cell', () => {
    const t = parseTable(region(70, ZY,
      ['', '', '1.优化综合窗口，引导企业使用', '市公安局、临空经济区管委会', '刘华彬', '持续推进'],
      ['', '', '平台办理。', '会', '', ''],
      ['', '', '2.开展劳动纠纷调研，建立', '市司法局、市总工', '常务副市', '持续推进'],
      ['', '', '联处中心。', '会', '长', ''],
    ));
    expect(t.rows.map((r) => r.cells.slice(3, 5))).toEqual([['市公安局、临空经济区管委会', '刘华彬'], ['市司法局、市总工会', '常务副市长']]);
    expect(t.artefacts['duplicated-continuation']).toBe(1);
    expect(t.edits.filter((e) => e.kind === 'duplicated-continuation')).toEqual([{ line: 72, kind: 'duplicated-continuation', removed: '会', added: '' }]);
  });

  it('drops repeated page headers, markdown rules and <p> tags, and counts them', () => {
    const t = parseTable(region(109, SC,
      '------\t------\t------\t------',
      ['1', '<p>推进政务服务事项标准化</p> <p>①</p>', '<p>省大数据中心</p>', '9月底前'],
      '',
      SC,
      ['2', '推出 200 项“一件事一次办”事项', '省大数据中心', '12月底前'],
    ));
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['1', '推进政务服务事项标准化①', '省大数据中心', '9月底前'],
      ['2', '推出200项“一件事一次办”事项', '省大数据中心', '12月底前'],
    ]);
    expect(t.artefacts).toMatchObject({ 'repeated-header': 1, 'markdown-rule': 1, 'html-p-tag': 6, 'stray-space': 3 });
  });

  it('empties group cells repeated at a page top, also when the repeat is cut in two', () => {
    const t = parseTable(region(1, ZY,
      ['一、开办企业  (牵头领导: 张建红)', '(三)开办企业费用', '1.落实支持措施。', '市财政局', '', '持续推进'],
      ['一、开办企业 (牵头领导： 张建红)', '（三）开办企业 费用', '2.推行免费 Ukey。', '市税务局', '', '持续推进'],
      ['一、开办企业', '(三)开办企业', '3.推行要素式申报。', '市税务局', '', '持续推进'],
      ['(牵头领导: 张建红)', '费用', '4.推行套餐式服务。', '市税务局', '', '持续推进'],
      ['', '(四)开办企业便利度', '5.共享信息。', '市税务局', '', '持续推进'],
    ));
    expect(t.rows.map((r) => r.cells.slice(0, 2))).toEqual([
      ['一、开办企业(牵头领导:张建红)', '(三)开办企业费用'], ['', ''], ['', ''], ['', ''], ['', '(四)开办企业便利度'],
    ]);
    expect(t.artefacts['repeated-group-cell']).toBe(6);
    expect(t.rows.map((r) => r.groups[1])).toEqual(['(三)开办企业费用', '(三)开办企业费用', '(三)开办企业费用', '(三)开办企业费用', '(四)开办企业便利度']);
    expect(new Set(t.rows.map((r) => r.groups[0]))).toEqual(new Set(['一、开办企业(牵头领导:张建红)']));
  });

  it('continues a group cell cut by a page break, and inherits empty group cells', () => {
    const t = parseTable(region(140, ZY,
      ['四、获得用水用气(牵头领', '(十八)获得用水用气流程', '1.全面梳理差异。', '市住房城乡建设局、', '吴勇', '2021年10月'],
      '',
      ['导： 吴勇)', '', '', '高新区管委会、各供水供气企业', ''],
      ['五、登记财产', '(二十三)登记财产流程', '2.制作流程图。', '市自然资源规划局', '吴勇', '2021年6月'],
      ['(牵头领导: 吴勇)', '(三十三)出口 边境审核 耗时  (三十四)进 口边境审核 耗时', '3.增设专窗。', '市税务局', '', '2021年8月'],
      ['', '', '4.授权窗口。', '市税务局', '', '2021年8月'],
    ));
    expect(row(t, 1).cells.slice(0, 4)).toEqual(['四、获得用水用气(牵头领导：吴勇)', '(十八)获得用水用气流程', '1.全面梳理差异。', '市住房城乡建设局、高新区管委会、各供水供气企业']);
    expect(row(t, 2).groups).toEqual(['五、登记财产(牵头领导:吴勇)', '(二十三)登记财产流程']);
    expect(row(t, 3).cells[1]).toBe('(三十三)出口边境审核耗时(三十四)进口边境审核耗时');
    expect(row(t, 4).groups).toEqual(['五、登记财产(牵头领导:吴勇)', '(三十三)出口边境审核耗时(三十四)进口边境审核耗时']);
  });

  it('removes whitespace next to CJK text or punctuation but keeps it between Latin words', () => {
    const t = parseTable(region(1, ZY,
      ['', '', '1.推进“天府通办” APP 普及，R&D 占 GDP 比重，使用 Ukey ，in  the cloud 。 ▲', '市人力资源社 会保障局', '', '2021 年 6 月 并 持续推进'],
    ));
    expect(t.rows[0].cells.slice(2)).toEqual(['1.推进“天府通办”APP普及，R&D占GDP比重，使用Ukey，in the cloud。▲', '市人力资源社会保障局', '', '2021年6月并持续推进']);
  });

  it('tells two leaders from one name split by a space, by the names written whole elsewhere', () => {
    const t = parseTable(region(1, ZY,
      ['', '', '1.甲。', '市中级人民法院', '王琪', '持续推进'],
      ['', '', '2.乙。', '市中级人民法院', '马泽波', '持续推进'],
      ['', '', '3.丙。', '市中级人民法院', '王琪 马泽波', '持续推进'],
      ['', '', '4.丁。', '市政务服务大数据管理局', '<p>刘华 彬</p>', '持续推进'],
      ['', '', '5.戊。', '市政务服务大数据管理局', '刘华彬', '持续推进'],
      ['', '', '6.己。', '市市场监管局', '张 建 红', '持续推进'],
      ['', '', '7.庚。', '市市场监管局', '张建红', '持续推进'],
      ['', '', '8.辛。', '市税务局', '常务 副市 长', '持续推进'],
      ['', '', '9.壬。', '市税务局', '常务副市长', '持续推进'],
    ));
    expect(t.rows.map((r) => r.cells[4])).toEqual(['王琪', '马泽波', '王琪、马泽波', '刘华彬', '刘华彬', '张建红', '张建红', '常务副市长', '常务副市长']);
    expect(t.rows.map((r) => r.leader)).toEqual(['王琪', '马泽波', '王琪、马泽波', '刘华彬', '刘华彬', '张建红', '张建红', '常务副市长', '常务副市长']);
    expect(t.edits.filter((e) => e.kind === 'leader-list-separator')).toEqual([{ line: 4, kind: 'leader-list-separator', removed: '', added: '、' }]);
  });

  it('recombines leader fragments wrapped over rows, keeping what each row had in its cell', () => {
    const t = parseTable(region(88, ZY,
      ['', '', '1.甲。', '市中级人民法院', '王琪', '2021年12月'],
      ['', '', '2.乙。', '市财政局', '常务副市长', '2021年12月'],
      ['', '', '3.丙。', '市财政局', '常务', '2021年12月'],
      ['', '', '4.丁。', '市财政局', '副市长', '2021年12月'],
      ['', '', '5.戊。', '市中级人民法院', '马泽波', '2021年12月'],
      ['', '', '6.己。', '市中级人民法院', '王琪 马泽', '2021年12月'],
      ['', '', '7.庚。', '市中级人民法院', '波', '2021年12月'],
      ['', '', '8.辛。', '市税务局', '', '2021年9月'],
      '',
      '常务  ',
      '副市长',
      ['', '', '9.壬。', '市人力资源社会保障局', '长', '持续推进'],
      ['', '', '10.癸。', '市人力资源社会保障局', '李明 王小红', '持续推进'],
    ));
    expect(t.rows.map((r) => r.cells[4])).toEqual(['王琪', '常务副市长', '常务', '副市长', '马泽波', '王琪、马泽', '波', '常务副市长', '长', '李明、王小红']);
    expect(t.rows.map((r) => r.leader)).toEqual(['王琪', '常务副市长', '常务副市长', '常务副市长', '马泽波', '王琪、马泽波', '王琪、马泽波', '常务副市长', '常务副市长', '李明、王小红']);
    expect(t.warnings).toEqual([
      { line: 101, message: expect.stringContaining('"李明 王小红" matches no name written whole') },
      { line: 100, message: expect.stringContaining('"长" has no neighbouring piece') },
      { line: 101, message: expect.stringContaining('"李明、王小红" is not a name written whole') },
    ]);
  });

  it('keeps unnumbered rows and markers in measure text', () => {
    const t = parseTable(region(135, ZY,
      ['', '(十五)供电可靠性', '1.减少停电时间。⊙', '市经济和信息化局', '', '2021年12月底前'],
      ['', '(十六)电力价格', '全省实行统一标准，各市州无差别。', '无', '无', '无'],
      ['', '(十七)获得电力便利度', '2.▲△⊙○◎☆★●①标记都在。', '市经济和信息化局', '', '持续推进'],
    ));
    expect(at(t, 137)).toMatchObject({ kind: 'row', number: null, label: null, leader: null, cells: ['', '(十六)电力价格', '全省实行统一标准，各市州无差别。', '无', '无', '无'] });
    expect(row(t, 2).measureText).toBe('▲△⊙○◎☆★●①标记都在。');
  });

  it('reads 四川 group rows into the group path and takes the 序号 cell as the number', () => {
    const t = parseTable(region(109, SC,
      ['一、深入开展“三项重点改革”', '', '', ''],
      ['(一) 纵深推进“一网通办”', '', '', ''],
      ['1', '推进政务服务事项标准化', '省大数据中心', '9月底前'],
      ['二、加快推进简政放权', '', '', ''],
      ['2', '编制公共服务事项清单', '省政府办公厅', '9月底前'],
      ['(四)持续规范审批服务', '', '', ''],
      ['3', '全面推行证明事项告知承诺制', '司法厅', '12月底前'],
    ));
    expect(t.rows.map((r) => [r.kind, r.number, r.label])).toEqual([
      ['group', null, null], ['group', null, null], ['row', 1, '1'], ['group', null, null], ['row', 2, '2'], ['group', null, null], ['row', 3, '3'],
    ]);
    expect(row(t, 1)).toMatchObject({ measureText: '推进政务服务事项标准化', groups: ['一、深入开展“三项重点改革”', '(一)纵深推进“一网通办”'] });
    expect(row(t, 2).groups).toEqual(['二、加快推进简政放权']);
    expect(row(t, 3).groups).toEqual(['二、加快推进简政放权', '(四)持续规范审批服务']);
    expect(t.rows[1].groups).toEqual(['一、深入开展“三项重点改革”', '(一)纵深推进“一网通办”']);
  });

  it('collects the notes below the table without their list marker', () => {
    const t = parseTable(region(600, ZY, ['', '', '1.甲。', '市工商联', '刘华彬', '持续推进'], '', '- 注：1.★：对标先进地区；', '- 2.☆：坚持创新 突破。'));
    expect(t.notes).toEqual(['注：1.★：对标先进地区；', '2.☆：坚持创新突破。']);
    expect(t.artefacts['markdown-list-marker']).toBe(2);
  });

  it('gives units before a double space back to the row above when they finish its cut-off cell', () => {
    const t = parseTable(region(314, ZY,
      ['', '', '1.甲。', '市中级人民法院、市金融工', '王琪', '持续推进'],
      ['', '', '2.乙。', '作局、 各县(区)人民政府  市中级人民法院、市经济 和信息化局', '王琪', '持续推进'],
    ));
    expect(t.rows.map((r) => r.cells[3])).toEqual(['市中级人民法院、市金融工作局、各县(区)人民政府', '市中级人民法院、市经济和信息化局']);
    expect(t.warnings.map((w) => w.line)).toEqual([316]);
  });

  it('does not take measure text starting with digits for a new row', () => {
    const t = parseTable(region(1, ZY, ['', '', '1.特别是在春节返乡、节后复工、', '市司法局', '', '持续推进'], ['', '', '12.4法制宣传日等节点开展宣传。', '', '', '']));
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0].measureText).toBe('特别是在春节返乡、节后复工、12.4法制宣传日等节点开展宣传。');
  });
});

/** Checks that every visible character of the region is in a cell, a note or a header, or in an honest edit. */
function expectFidelity(lines: SourceLine[], t: ParsedTable): void {
  const owner = (line: number) => [...t.rows].reverse().find((r) => r.line <= line);
  for (const e of t.edits) {
    const removed = e.removed.replace(/\s+/g, '');
    if (e.kind === 'html-p-tag') expect(['<p>', '</p>']).toContain(e.removed);
    else if (e.kind === 'markdown-rule') expect(removed).toMatch(/^-+$/);
    else if (e.kind === 'repeated-header') expect(removed).toBe(t.columns.map((c) => c.name).join(''));
    else if (e.kind === 'markdown-list-marker') expect(e.removed).toBe('-');
    else if (e.kind === 'duplicated-continuation') expect(removed.length).toBeLessThanOrEqual(3);
    else if (e.kind === 'leader-list-separator') expect([e.removed, e.added]).toEqual(['', '、']);
    else if (e.kind === 'repeated-group-cell') expect(normalizeGroupText(owner(e.line)!.groups.join(''))).toContain(normalizeGroupText(removed));
    else throw new Error(`unexpected edit kind ${e.kind}`);
  }
  const tally = (s: string, sign: number, into: Map<string, number>) => {
    for (const ch of s.replace(/\s+/g, '')) into.set(ch, (into.get(ch) ?? 0) + sign);
  };
  const balance = new Map<string, number>();
  tally(lines.map((l) => l.text).join(''), 1, balance);
  for (const e of t.edits) {
    tally(e.removed, -1, balance);
    tally(e.added, 1, balance);
  }
  tally(t.columns.map((c) => c.name).join('') + t.rows.flatMap((r) => r.cells).join('') + t.notes.join(''), -1, balance);
  expect([...balance].filter(([, n]) => n !== 0)).toEqual([]);
}

function expectClean(t: ParsedTable): void {
  for (const r of t.rows) for (const c of r.cells) expect(c).not.toMatch(/<p>|<\/p>|\t|------/);
  const units = t.columns.findIndex((c) => c.role === 'units');
  expect(t.rows.filter((r) => r.number !== null && r.cells[units] === '').map((r) => r.number)).toEqual([]);
}

describe('parseTable: 资阳 重点举措清单 (seed 001, lines 58–609)', () => {
  const lines = seed('001_8b287da456bb1442.txt', 58, 609);
  const t = parseTable(lines);

  it('finds exactly 384 numbered rows, numbered 1..384 in order, plus 3 unnumbered rows', () => {
    const numbered = t.rows.filter((r) => r.number !== null);
    expect(numbered.map((r) => r.number)).toEqual(Array.from({ length: 384 }, (_, i) => i + 1));
    expect(t.rows.filter((r) => r.number === null).map((r) => r.line)).toEqual([136, 304, 416]);
  });

  it('rebuilds tricky rows cell by cell', () => {
    const cells = (n: number) => row(t, n).cells.map((c) => (c.length > 24 ? `${c.slice(0, 10)}…${c.slice(-10)}` : c));
    expect(cells(1)).toEqual(['一、开办企业(牵头领导:张建红)', '(一)开办企业流程', '1.加大“一窗通”“…全流程“一网通办”。', '市市场监管局、市公安…会、临空经济区管委会', '张建红', '持续推进']);
    expect(cells(3)).toEqual(['', '(二)开办企业耗时', '3.从2021年6月…现线上线下同标服务。', '市市场监管局、市公安…会、临空经济区管委会', '', '2021年6月并持续推进']);
    expect(cells(6)).toEqual(['', '', '6.对新办纳税人全面…排部署推行电子发票。', '市税务局、各县（区）…会、临空经济区管委会', '常务副市长', '2021年6月并持续推进']);
    expect(cells(8)).toEqual(['', '', '8.优化企业开办综合…一窗受理”落地落实。', '市政务服务大数据管理…会、临空经济区管委会', '刘华彬', '2021年6月并持续推进']);
    expect(cells(23)).toEqual(['', '', '23.落实防空地下室…居民楼小区改造项目。', '市人防办、市发展改革…会、临空经济区管委会', '吴勇', '2021年6月']);
    expect(cells(31)).toEqual(['', '', '31.将水、电、气接…一件事最多跑一次”。', '市政务服务大数据管理…会、临空经济区管委会', '', '2021年12月并持续推进']);
    expect(cells(44)).toEqual(['三、获得电力', '(十二)获得电力流程', '44.将居民用户、低…装压减至4个环节。①', '市经济和信息化局、国网资阳供电公司', '刘廷安', '']);
    expect(cells(55)).toEqual(['四、获得用水用气(牵头领导：吴勇)', '(十八)获得用水用气流程', '55.全面梳理各县(…、用气接入服务指南。', '市住房城乡建设局、市…委会、各供水供气企业', '吴勇', '2021年10月']);
    expect(cells(68)).toEqual(['(牵头领导:吴勇)', '(二十四)登记财产耗时', '68.增设“企业专窗…0.5个工作日办结。', '市自然资源规划局、市…、各县(区)人民政府', '', '2021年8月']);
    expect(cells(69)).toEqual(['', '', '69.授权给前台窗口…、注销登记即时办结。', '市自然资源规划局、市…、各县（区）人民政府', '', '2021年8月']);
    expect(cells(73)).toEqual(['', '(二十五)登记财产费用', '73.按照财税〔20…2%的税率征收契税。', '市税务局、市自然资源局、市住房城乡建设局', '常务副市长', '2021年9月']);
    expect(cells(96)).toEqual(['六、纳税(牵头领导:', '(二十八)纳税次数', '96.推行财产行为类…压减至5.5次。△⊙', '市税务局', '副市长', '2021年8月并持续推进']);
    expect(cells(97)).toEqual(['常务副市长)', '', '97.推行要素式申报…纳税申报套餐式服务。', '市税务局', '', '2021年8月并持续推进']);
    expect(cells(108)).toEqual(['', '', '108.资阳市企业职…流程、享足政策红利。', '市税务局、市财政局、市人力资源和社会保障局', '常务副市长', '2021年12月并持续推进']);
    expect(cells(141)).toEqual(['', '', '141.加强与海关、…汇等方面的困难问题。', '市商务局、市税务局、市外管局、内江海关', '张建红', '2021年7月']);
    expect(cells(164)).toEqual(['', '', '164.督导银行机构…款占比不低于50%。', '资阳银保监分局', '常务副市长', '2021年12月']);
    expect(cells(186)).toEqual(['', '', '186.协调推动建立…机构和投诉处理机制。', '市中级人民法院、市经…、各县(区)人民政府', '王琪、马泽', '2021年12月并持续推进']);
    expect(cells(187)).toEqual(['', '', '187.积极探索引入…提高纠纷解决多元化。', '市中级人民法院、市经…作局、资阳银保监分局', '波', '2021年12月并持续推进']);
    expect(cells(206)).toEqual(['', '', '206.开展劳动纠纷…的多元化解服务体系。', '市人力资源和社会保障…、市司法局、市总工会', '常务副市长', '持续推进']);
    expect(cells(238)).toEqual(['', '(六十八)采购结果确定和合同签订', '238.采购人及时确…，严肃追究法律责任。', '市财政局、市政务服务…局等市级部门（单位）', '', '2021年8月']);
    expect(cells(250)).toEqual(['', '(七十二)投标和履约担保', '250.加强招标人管…、纪检监察机关处理。', '市自然资源规划局、市…会、临空经济区管委会', '', '2021年8月']);
    expect(cells(335)).toEqual(['', '', '335.继续发挥外来…来投资企业问题诉求。', '市司法局、市经济合作外事局', '', '2021年12月']);
    expect(cells(346)).toEqual(['', '', '346.采取“公建民…业参与养老服务市场。', '市民政局', '张建新', '']);
    expect(cells(384)).toEqual(['', '', '384.依托“民营企…与优化营商环境建设。', '市工商联', '刘华彬', '持续推进']);
    expect(row(t, 8).cells[2]).toContain('引导企业使用企业开办“一窗通”“营商通”平台办理企业开办事项。');
    expect(row(t, 23).cells[3]).toBe('市人防办、市发展改革委、市财政局、各县(区)人民政府、高新区管委会、临空经济区管委会');
    expect(row(t, 31).cells[3]).toBe('市政务服务大数据管理局、市经济和信息化局、市住房城乡建设局、各县（区）人民政府、高新区管委会、临空经济区管委会');
    expect(row(t, 186).cells[3]).toBe('市中级人民法院、市经济和信息化局、市司法局、市市场监管局、市金融工作局、资阳银保监分局、各县(区)人民政府');
    expect(row(t, 187).cells[3]).toBe('市中级人民法院、市经济和信息化局、市司法局、市市场监管局、市金融工作局、资阳银保监分局');
    expect(row(t, 302).cells[3]).toMatch(/临空经济区管委会$/);
    expect(row(t, 366).measureText).toMatch(/^6月30日前出台关于保障/);
    expect(at(t, 416).cells).toEqual(['', '(七十三)外地企业中标率（观察指标）', '无', '无', '无', '无']);
  });

  it('recombines leaders and resolves group paths', () => {
    const leaders = (...ns: number[]) => ns.map((n) => row(t, n).leader);
    expect(leaders(21, 22, 62, 63, 77, 78, 95, 96, 199, 200, 209, 210, 258, 259, 293, 294)).toEqual(Array(16).fill('常务副市长'));
    expect(leaders(73, 108, 206, 223, 321, 329)).toEqual(Array(6).fill('常务副市长'));
    expect(leaders(147, 185, 186, 187, 383)).toEqual(Array(5).fill('王琪、马泽波'));
    expect(leaders(90, 304, 97)).toEqual(['刘华彬', '张建红', null]);
    expect(row(t, 97).groups).toEqual(['六、纳税(牵头领导:常务副市长)', '(二十八)纳税次数']);
    expect(row(t, 35).groups).toEqual(['二、办理建筑许可(牵头领导:吴勇)', '(十)建筑企业资质审批突出问题系统治理●']);
    expect(row(t, 124).groups[1]).toBe('(三十三)出口边境审核耗时(三十四)进口边境审核耗时');
    expect(row(t, 187).groups[1]).toBe('(五十一)信息披露透明度(五十二)董事责任程度(五十三)诉讼便利度(五十四)股东权利(五十五)所有权和管理控制(五十六)公司透明度');
    expect(row(t, 384).groups).toEqual(['二十一、民营经济★(牵头领导:刘延安)', '(一百零五)民营经济风险防控']);
  });

  it('leaves no tag, tab or rule in cells, and gives every numbered row its units', () => expectClean(t));

  it('counts artefacts, keeps the notes and warns about what it could not settle', () => {
    const tags = lines.map((l) => l.text).join('').match(/<\/?p>/g)!.length;
    expect(t.artefacts).toMatchObject({ 'html-p-tag': tags, 'markdown-rule': 3, 'duplicated-continuation': 2, 'markdown-list-marker': 8 });
    expect(t.notes).toHaveLength(8);
    expect(t.notes[0]).toMatch(/^注：1\.★：对标先进地区/);
    expect(t.warnings.map((w) => w.line).sort((a, b) => a - b)).toEqual([124, 316, 515, 524, 528, 547, 562]);
  });

  it('loses no character', () => expectFidelity(lines, t));
});

describe('parseTable: 四川 分工表 (seed 002, lines 109–381)', () => {
  const lines = seed('002_6e4d2a3f94c5fbea.txt', 109, 381);
  const t = parseTable(lines);

  it('finds exactly 195 numbered rows, numbered 1..195 in order, under 29 group rows', () => {
    expect(t.rows.filter((r) => r.number !== null).map((r) => r.number)).toEqual(Array.from({ length: 195 }, (_, i) => i + 1));
    expect(t.rows.filter((r) => r.kind === 'group')).toHaveLength(29);
    expect(t.columns.map((c) => c.role)).toEqual(['number', 'measure', 'units', 'deadline']);
  });

  it('rebuilds rows and their group paths', () => {
    expect(row(t, 1)).toMatchObject({ label: '1', cells: ['1', expect.stringMatching(/^推进政务服务事项标准化/), '省大数据中心', '9月底前'], line: 112 });
    expect(row(t, 1).groups).toEqual(['一、深入开展“三项重点改革”', '(一)纵深推进“一网通办”前提下“最多跑一次”改革']);
    expect(row(t, 2).cells[1]).toContain('推出200项全省统一的“一件事一次办”事项');
    expect(row(t, 7).line).toBe(120);
    expect(row(t, 40).groups).toEqual(['二、加快推进简政放权', '(四)持续规范审批服务']);
    expect(row(t, 195)).toMatchObject({ line: 381, cells: ['195', expect.stringMatching(/扎实有序推进$/), '省发展改革委、省大数据中心、省政务服务和资源交易服务中心', '持续推进'] });
    expect(row(t, 195).groups).toEqual(['六、加强组织保障', '(二十三)广泛开展宣传培训']);
    expect(at(t, 111)).toMatchObject({ kind: 'group', cells: ['(一)纵深推进“一网通办”前提下“最多跑一次”改革', '', '', ''] });
  });

  it('drops every repeated page header and warns about nothing', () => {
    const headers = lines.filter((l) => l.text.trim() === SC).length;
    expect(t.artefacts['repeated-header']).toBe(headers - 1);
    expect(t.warnings).toEqual([]);
    expect(t.notes).toEqual([]);
  });

  it('leaves no tag, tab or rule in cells, and gives every numbered row its units', () => expectClean(t));

  it('loses no character', () => expectFidelity(lines, t));
});
