import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../scripts/lib/build-plans.ts';
import { extractMeta, type TextMeta } from '../../../scripts/lib/enrich/extract-meta.ts';
import { loadGazetteer } from '../../../scripts/lib/enrich/gazetteer-fs.ts';

const gazetteer = loadGazetteer();

// One fixture per national header layout (tests/fixtures/layouts/header/): the metadata read from
// it and where the plan body starts (`titleLine` = the plan's own title line, `bodyLine` = the
// first block after the notice and the title).
type Expected = Omit<TextMeta, 'region'> & { titleLine: number | null; bodyLine: number; signature: string[] };

const CASES: Record<string, Expected> = {
  // "厦门市人民政府办公室关于印发…的通知", 文号 above, "（此件主动公开）"
  'issuer-before-guanyu.txt': {
    title: '厦门市进一步优化营商环境实施方案', noticeTitle: '厦门市人民政府办公室关于印发厦门市进一步优化营商环境实施方案的通知',
    issuer: '厦门市人民政府办公室', issuers: ['厦门市人民政府办公室'], docNumber: '厦府办〔2019〕116号', issueDate: '2019-11-06', issueDateRaw: null,
    year: 2019, yearEnd: null, titleLine: 15, bodyLine: 17, signature: ['厦门市人民政府办公室', '2019年11月6日', '（此件主动公开）'],
  },
  // "## 泰州市人民政府办公室" / "## **关于印发《…》的通知**" / 文号 below with spaces, "2019 年 11 月 20 日", "(此件依申请公开)"
  'issuer-line-quoted-title.txt': {
    title: '泰州市聚焦企业关切进一步优化营商环境行动方案', noticeTitle: '关于印发《泰州市聚焦企业关切进一步优化营商环境行动方案》的通知',
    issuer: '泰州市人民政府办公室', issuers: ['泰州市人民政府办公室'], docNumber: '泰政办发〔2019〕83号', issueDate: '2019-11-20', issueDateRaw: null,
    year: 2019, yearEnd: null, titleLine: 17, bodyLine: 19, signature: ['泰州市人民政府办公室', '2019年11月20日', '(此件依申请公开)'],
  },
  // "中共…区委办公室    …区人民政府办公室印发《…》的通知" (joint, no 关于, no 文号), "二〇二二年五月十日"
  'joint-yinfa-no-guanyu.txt': {
    title: '湖里区进一步优化营商环境若干措施', noticeTitle: '中共厦门市湖里区委办公室 厦门市湖里区人民政府办公室印发《湖里区进一步优化营商环境若干措施》的通知',
    issuer: '中共厦门市湖里区委办公室', issuers: ['中共厦门市湖里区委办公室', '厦门市湖里区人民政府办公室'], docNumber: null, issueDate: '2022-05-10', issueDateRaw: null,
    year: 2022, yearEnd: null, titleLine: 15, bodyLine: 17, signature: ['中共厦门市湖里区委办公室', '厦门市湖里区人民政府办公室', '二〇二二年五月十日', '（此件公开发布）'],
  },
  // file opens at the addressee line; plan name quoted in the text; "二○二三年" (○ U+25CB); title + "（2023—2025年）" line
  'addressee-first.txt': {
    title: '南平市优化营商环境三年行动计划（2023—2025年）', noticeTitle: null,
    issuer: '南平市人民政府办公室', issuers: ['南平市人民政府办公室'], docNumber: null, issueDate: '2023-03-08', issueDateRaw: null,
    year: 2023, yearEnd: 2025, titleLine: 9, bodyLine: 13, signature: ['南平市人民政府办公室', '二○二三年三月八日'],
  },
  // no notice: "# **…2024年…工作要点**"
  'plan-title-only.txt': {
    title: '丰都县2024年优化营商环境工作要点', noticeTitle: null, issuer: null, issuers: [], docNumber: null, issueDate: null, issueDateRaw: null,
    year: 2024, yearEnd: null, titleLine: 1, bodyLine: 3, signature: [],
  },
  // web page lines (来源, 发布时间, 字号, 【打印】【关闭】, information table) before the notice; "20240226"
  'web-page-info.txt': {
    title: '渝北区营商环境创新提升行动方案', noticeTitle: '关于印发渝北区营商环境创新提升行动方案的通知',
    issuer: '渝北区人民政府办公室', issuers: ['渝北区人民政府办公室'], docNumber: '渝北府办发〔2024〕5号', issueDate: '2024-02-26', issueDateRaw: null,
    year: 2024, yearEnd: null, titleLine: 35, bodyLine: 37, signature: ['渝北区人民政府办公室', '20240226'],
  },
  // title over two lines, 文号 in full-width digits below it, damaged date "2019116" (11-06 or 01-16)
  'damaged-date-fullwidth-number.txt': {
    title: '靖江市进一步优化营商环境若干措施', noticeTitle: '关于印发靖江市进一步优化营商环境若干措施的通知',
    issuer: '靖江市人民政府办公室', issuers: ['靖江市人民政府办公室'], docNumber: '靖政办发〔2019〕122号', issueDate: null, issueDateRaw: '2019116',
    year: 2019, yearEnd: null, titleLine: 17, bodyLine: 19, signature: ['靖江市人民政府办公室', '2019116'],
  },
  // "…办公室关于印发韶关市" over three lines, 文号 "(2023)", "二零二三年", span "2023年至2025年"
  'issuer-prefix-split-title.txt': {
    title: '韶关市进一步优化营商环境若干措施（2023年至2025年）', noticeTitle: '韶关市人民政府办公室关于印发韶关市进一步优化营商环境若干措施（2023年至2025年）的通知',
    issuer: '韶关市人民政府办公室', issuers: ['韶关市人民政府办公室'], docNumber: '韶府办发〔2023〕12号', issueDate: '2023-06-01', issueDateRaw: null,
    year: 2023, yearEnd: 2025, titleLine: 17, bodyLine: 21, signature: ['韶关市人民政府办公室', '二零二三年六月一日'],
  },
  // the web page's own heading (issuer + 关于印发《…》), "发布时间:…信息来源:…" on one line, an index code,
  // then the document: 文号, issuer, title over two lines, signature, a bare "附件" line, title over two lines
  'page-heading-then-document.txt': {
    title: '怀化市优化营商环境实施方案', noticeTitle: '怀化市人民政府办公室关于印发《怀化市优化营商环境实施方案》的通知',
    issuer: '怀化市人民政府办公室', issuers: ['怀化市人民政府办公室'], docNumber: '怀政办发〔2023〕9号', issueDate: '2023-03-15', issueDateRaw: null,
    year: 2023, yearEnd: null, titleLine: 13, bodyLine: 15, signature: ['怀化市人民政府办公室', '2023年3月15日'],
  },
  // a document issued as is ("…人民政府关于…的实施意见"), no covering notice: its title is the plan's,
  // 文号 below it, the closing signature at the end goes to the footer (not into the last measure)
  'direct-document.txt': {
    title: '三明市人民政府关于持续优化营商环境的实施意见', noticeTitle: null,
    issuer: '三明市人民政府', issuers: ['三明市人民政府'], docNumber: '明政〔2022〕3号', issueDate: '2022-03-01', issueDateRaw: null,
    year: 2022, yearEnd: null, titleLine: 1, bodyLine: 3, signature: [],
  },
};

describe('header layouts (tests/fixtures/layouts/header)', () => {
  for (const [file, expected] of Object.entries(CASES)) {
    it(file, () => {
      const bytes = readFileSync(new URL(`../../fixtures/layouts/header/${file}`, import.meta.url));
      const { doc } = ingest({ name: file, bytes });
      const { region: _region, ...meta } = extractMeta(doc, gazetteer);
      const { titleLine, bodyLine, signature, ...fields } = expected;
      expect(meta).toEqual(fields);
      expect(doc.title.line).toBe(titleLine);
      const first = doc.body.blocks.find((b) => !(b.type === 'paragraph' && (b.role === 'notice' || b.role === 'signature')));
      expect(first && 'line' in first ? first.line : null).toBe(bodyLine);
      const roles = doc.body.blocks.flatMap((b) => (b.type === 'paragraph' && b.role === 'signature' ? [b.text] : []));
      expect(roles).toEqual(signature);
      expect(doc.body.measures).toHaveLength(3);
      expect(doc.body.measures.at(-1)!.text).toMatch(/。$/);
    });
  }
  it('a closing signature without a notice is the footer', () => {
    const bytes = readFileSync(new URL('../../fixtures/layouts/header/direct-document.txt', import.meta.url));
    expect(ingest({ name: 'd.txt', bytes }).doc.footer.map((p) => p.text)).toEqual(['三明市人民政府', '2022年3月1日', '（此件主动公开）']);
  });
  it('web page lines stay in the model as notice paragraphs, in order', () => {
    const bytes = readFileSync(new URL('../../fixtures/layouts/header/web-page-info.txt', import.meta.url));
    const texts = ingest({ name: 'web-page-info.txt', bytes }).doc.body.blocks.flatMap((b) => (b.type === 'paragraph' && b.role === 'notice' ? [b.text] : []));
    expect(texts.slice(0, 4)).toEqual(['来源：渝北区人民政府办公室', '发布时间：2024-03-01 10:00', '字号：大中小', '【打印】【关闭】']);
    // Stray spaces are a documented artefact; the label and the number stay.
    expect(texts.find((t) => t.startsWith('文号：'))?.replace(/\s/g, '')).toBe('文号：渝北府办发[2024]5号');
  });
});
