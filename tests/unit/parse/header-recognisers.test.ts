import { describe, expect, it } from 'vitest';
import { DOC_TYPE_END, DOC_TYPES, TITLE_TAIL } from '../../../scripts/lib/parse/doc-type-end.ts';
import { findFooter, FOOTER_LAYOUTS } from '../../../scripts/lib/parse/find-footer.ts';
import { findNotice } from '../../../scripts/lib/parse/find-notice.ts';
import { findSignature, SIGNATURE_TAIL_LAYOUTS } from '../../../scripts/lib/parse/find-signature.ts';
import { noticePlanName } from '../../../scripts/lib/parse/notice-plan-name.ts';
import { DATE_LINE_LAYOUTS, readDateLine } from '../../../scripts/lib/parse/read-date-line.ts';
import { NOTICE_TITLE_END, NOTICE_TITLE_LAYOUTS, readNoticeTitleStart } from '../../../scripts/lib/parse/read-notice-title.ts';
import { PAGE_INFO_LABELS, readPageInfo } from '../../../scripts/lib/parse/read-page-info.ts';
import { isIssuerLine, ISSUER_SUFFIXES, splitIssuers } from '../../../scripts/lib/parse/split-issuers.ts';

const units = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

describe('layout tables: every example is recognised', () => {
  for (const l of DATE_LINE_LAYOUTS) it(`date line ${l.example}`, () => expect(readDateLine(l.example)).not.toBeNull());
  for (const l of NOTICE_TITLE_LAYOUTS) it(`notice title ${l.example}`, () => expect(readNoticeTitleStart(l.example)).not.toBeNull());
  for (const l of PAGE_INFO_LABELS) {
    it(`page info ${l.example}`, () => expect(readPageInfo(l.example)?.[0]).toMatchObject({ label: l.label, field: l.field }));
  }
  for (const d of DOC_TYPES) it(`plan title ${d.example}`, () => expect(DOC_TYPE_END.test(d.example)).toBe(true));
  for (const l of SIGNATURE_TAIL_LAYOUTS) for (const ex of l.examples) it(`signature tail ${ex}`, () => expect(l.pattern.test(ex)).toBe(true));
  for (const s of ISSUER_SUFFIXES) it(`issuer ${s.example}`, () => expect(splitIssuers(s.example)).toEqual([s.example]));
});

describe('readDateLine', () => {
  it('resolves what it can and keeps the raw text', () => {
    expect(readDateLine('2019年11月6日')).toEqual({ date: '2019-11-06', raw: '2019年11月6日' });
    expect(readDateLine('二零二二年五月十日')?.date).toBe('2022-05-10');
    expect(readDateLine('2019116')).toEqual({ date: null, raw: '2019116' });
    expect(readDateLine('20191230')?.date).toBe('2019-12-30');
  });
  it('rejects impossible dates and other lines', () => {
    expect(readDateLine('2021年2月30日')).toEqual({ date: null, raw: '2021年2月30日' }); // damaged: kept as written
    expect(readDateLine('2021年6月底前完成')).toBeNull();
    expect(readDateLine('一、总体要求')).toBeNull();
  });
});

describe('notice titles and issuers', () => {
  it('keeps the offices printed in front of the title', () => {
    expect(readNoticeTitleStart('XX市人民政府办公室关于印发XX市优化营商环境实施方案的通知')?.issuers).toEqual(['XX市人民政府办公室']);
    expect(readNoticeTitleStart('中共XX区委办公室 XX区人民政府办公室印发《XX区优化营商环境若干措施》的通知')?.issuers)
      .toEqual(['中共XX区委办公室', 'XX区人民政府办公室']);
    expect(readNoticeTitleStart('关于印发《XX方案》的通知')?.issuers).toEqual([]);
  });
  it('running text that mentions 关于 or 印发 is not a title', () => {
    expect(readNoticeTitleStart('为贯彻落实国务院关于优化营商环境的决策部署，制定本方案。')).toBeNull();
    expect(readNoticeTitleStart('现将有关事项印发')).toBeNull();
  });
  it('splits joint offices written with or without spaces', () => {
    expect(splitIssuers('中共XX区委办公室XX区人民政府办公室')).toEqual(['中共XX区委办公室', 'XX区人民政府办公室']);
    expect(splitIssuers('中共成都市委社会工作部成都市规划和自然资源局')).toEqual(['中共成都市委社会工作部', '成都市规划和自然资源局']);
    expect(isIssuerLine('各区人民政府，市政府各部门：')).toBe(false);
    expect(isIssuerLine('一、总体要求')).toBe(false);
  });
});

describe('page information lines', () => {
  it('reads several pairs on one line, and page furniture as an empty line of info', () => {
    expect(readPageInfo('发布时间：2023-03-15 09:28信息来源：XX市人民政府办公室')).toEqual([
      { field: null, label: '发布时间', value: '2023-03-15 09:28' }, { field: 'source', label: '信息来源', value: 'XX市人民政府办公室' },
    ]);
    expect(readPageInfo('【打印】【关闭】')).toEqual([]);
    expect(readPageInfo('为深化改革，制定本方案。')).toBeNull();
  });
});

describe('findSignature', () => {
  it('office and date on one line, then a publicity mark', () => {
    const s = findSignature(units('正文。', 'XX县人民政府办公室 2021年7月30日', '（此件公开发布）', 'XX方案'), 1, 4, 1)!;
    expect(s).toMatchObject({ from: 1, at: 1, end: 3, issuers: ['XX县人民政府办公室'], date: '2021-07-30' });
  });
  it('two office lines above the date (joint notice)', () => {
    const s = findSignature(units('正文。', '中共XX县委办公室', 'XX县人民政府办公室', '2022年5月10日'), 1, 4, 1)!;
    expect(s).toMatchObject({ from: 1, at: 3, end: 4, issuers: ['中共XX县委办公室', 'XX县人民政府办公室'] });
  });
});

describe('plan titles and names', () => {
  it('a bracketed year span or status closes a title', () => {
    expect(TITLE_TAIL.test('（2023—2025年）')).toBe(true);
    expect(TITLE_TAIL.test('（试行）')).toBe(true);
    expect(TITLE_TAIL.test('（一）压缩开办企业时间')).toBe(false);
    expect(DOC_TYPE_END.test('XX市优化营商环境三年行动计划（2023—2025年）')).toBe(true);
    expect(DOC_TYPE_END.test('为深化改革，制定本方案。')).toBe(false);
  });
  it('the quote next to 印发 wins over earlier quotes; else the title names the plan', () => {
    expect(noticePlanName(null, '根据《国务院办公厅关于X的通知》精神，现将《XX市优化营商环境实施方案》印发给你们。')).toBe('XX市优化营商环境实施方案');
    expect(noticePlanName('关于印发《XX若干措施》的通知', '请认真贯彻落实。')).toBe('XX若干措施');
    expect(noticePlanName('XX市人民政府办公室关于印发XX市优化营商环境实施方案的通知', '请认真贯彻落实。')).toBe('XX市优化营商环境实施方案');
  });
});

describe('findFooter', () => {
  for (const l of FOOTER_LAYOUTS) {
    it(`footer starts at ${l.example}`, () => expect(findFooter(units('（三）加强宣传。广泛宣传优化营商环境政策。', l.example), 0)).toBe(1));
  }
  it('"印发" inside running text before long paragraphs is not a footer', () => {
    expect(findFooter(units('现将方案印发', '各地要结合实际'.repeat(20)), 0)).toBe(2);
  });
});

describe('a web page quoting the whole notice title', () => {
  it('《…关于印发〈…〉的通知》 is a notice title and names the plan inside 〈〉', () => {
    expect(readNoticeTitleStart('《XX市人民政府办公厅关于印发〈XX市2016年营商环境工作要点〉的通知》')?.issuers).toEqual(['XX市人民政府办公厅']);
    expect(noticePlanName('《XX市人民政府办公厅关于印发〈XX市2016年营商环境工作要点〉的通知》', '请认真贯彻落实。')).toBe('XX市2016年营商环境工作要点');
  });
});

describe('a web page heading with the 文号 after the title', () => {
  it('"…的通知（厦府办〔2019〕116号）" ends a notice title', () => {
    expect(NOTICE_TITLE_END.test('XX市人民政府办公室关于印发XX方案的通知（厦府办〔2019〕116号）')).toBe(true);
    expect(NOTICE_TITLE_END.test('XX市人民政府办公室关于印发XX方案的通知（一）')).toBe(false);
  });
  it('gives the 文号 when the document does not repeat it', () => {
    const n = findNotice(units('XX市人民政府办公室关于印发XX市优化营商环境实施方案的通知（厦府办〔2019〕116号）', '各区人民政府，市直各部门：',
      '现将《XX市优化营商环境实施方案》印发给你们。', 'XX市人民政府办公室', '2019年11月6日', 'XX市优化营商环境实施方案'))!;
    expect(n).toMatchObject({ docNumber: '厦府办〔2019〕116号', planName: 'XX市优化营商环境实施方案', end: 5, date: '2019-11-06' });
  });
});
