import { describe, expect, it } from 'vitest';
import { buildPlans } from '../../scripts/lib/build-plans.ts';
import type { Measure, Plan } from '../../src/model/schema.ts';
import { CURATED, SEEDS } from './seeds.ts';

// What the plan-pages issue asks of every seed: counts, metadata, leads and deadlines,
// checked against the source text by hand.
const { plans } = buildPlans(SEEDS, CURATED);
const plan = (slug: string): Plan => plans.find((p) => p.slug === slug)!;
const measure = (slug: string, n: number): Measure => plan(slug).measures[n - 1]!;

describe('measure counts', () => {
  it.each([
    ['zigong-2021', 90], ['ziyang-2021', 384], ['sichuan-2021', 195], ['leshan-2023', 23], ['wushan-2021', 45],
  ])('%s has %i measures numbered 1..n', (slug, count) => {
    const ms = plan(slug).measures;
    expect(ms).toHaveLength(count);
    expect(ms.map((m) => m.n)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    expect(new Set(ms.map((m) => m.id)).size).toBe(count);
    for (const m of ms) expect(m.text.trim().length, `${m.id} has text`).toBeGreaterThan(5);
  });
  it('table plans number measures like their rows, text plans like their items', () => {
    expect(measure('ziyang-2021', 384).label).toBe('384.');
    expect(measure('sichuan-2021', 195).label).toBe('195');
    expect(measure('leshan-2023', 23).label).toBe('（二十三）');
    expect(measure('wushan-2021', 45).label).toBe('45．');
    expect(measure('zigong-2021', 90).label).toBe('(6)');
  });
});

describe('metadata', () => {
  it.each([
    ['zigong-2021', { title: '自贡市2021年营商环境指标提升工作方案', issuer: '自贡市人民政府办公室', docNumber: null, issueDate: '2021-07-14', region: '自贡市', province: '四川省', city: null, divisionCode: '510300', level: 'city', year: 2021 }],
    ['ziyang-2021', { title: '资阳市创建一流营商环境2021年行动方案', issuer: '资阳市人民政府办公室', docNumber: '资府办发〔2021〕17号', issueDate: '2021-05-25', region: '资阳市', province: '四川省', city: null, divisionCode: '512000', level: 'city', year: 2021 }],
    ['sichuan-2021', { title: '四川省深化“放管服”改革优化营商环境2021年工作要点', issuer: '四川省人民政府办公厅', docNumber: '川办发〔2021〕17号', issueDate: '2021-03-30', region: '四川省', province: '四川省', city: null, divisionCode: '510000', level: 'province', year: 2021 }],
    ['leshan-2023', { title: '乐山市深化“放管服”改革优化营商环境2023年工作重点', issuer: '乐山市人民政府办公室', docNumber: '乐府办发〔2023〕14号', issueDate: '2023-06-09', region: '乐山市', province: '四川省', city: null, divisionCode: '511100', level: 'city', year: 2023 }],
    ['wushan-2021', { title: '巫山县2021年深化“放管服”改革优化营商环境实施方案', issuer: '巫山县人民政府办公室', docNumber: '巫山府办发〔2021〕66号', issueDate: '2021-07-30', region: '巫山县', province: '重庆市', city: null, divisionCode: '500237', level: 'county', year: 2021 }],
  ])('%s', (slug, meta) => {
    expect(plan(slug).meta).toMatchObject(meta);
  });
  it('keeps the covering notice title', () => {
    expect(plan('wushan-2021').meta.noticeTitle).toBe('关于印发巫山县2021年深化“放管服”改革优化营商环境实施方案的通知');
  });
});

describe('leads, leaders and deadlines', () => {
  it('自贡: inline "（…牵头，…负责）" notes', () => {
    expect(measure('zigong-2021', 1)).toMatchObject({ leads: ['市市场监管局'], partners: ['各区县政府', '高新区管委会'], leadSource: 'inline' });
    expect(measure('zigong-2021', 15).leads).toEqual(['市政务服务和数字化管理局', '市发展改革委']);
    // "（市法院负责）" stranded on its own line after a page break belongs to measure (八)(2).
    expect(measure('zigong-2021', 35)).toMatchObject({ leads: ['市法院'], leadSource: 'inline' });
    expect(measure('zigong-2021', 35).text).toMatch(/绩效考评制度。（市法院负责）$/);
    expect(measure('zigong-2021', 67).deadline).toEqual({ raw: '9月底前', date: '2021-09-30' });
    expect(measure('zigong-2021', 1).path).toEqual(['二、营商环境指标提升重点任务', '（一）开办企业', '2.工作举措']);
  });
  it('巫山: the section\'s （牵头单位：…） and "今年10月底前"', () => {
    expect(measure('wushan-2021', 6)).toMatchObject({ leadSource: 'section', leads: ['县城管局', '县经济信息委', '国网巫山供电公司', '三峡风天然气有限责任公司', '鼎诚水务有限责任公司'] });
    // "实现年内办理。…今年10月底前实现…": both are kept; the measure as a whole is due at the latest.
    expect(measure('wushan-2021', 22).deadlines).toEqual([{ raw: '年内', date: '2021-12-31' }, { raw: '今年10月底前', date: '2021-10-31' }]);
    expect(measure('wushan-2021', 22).deadline).toEqual({ raw: '年内', date: '2021-12-31' });
  });
  it('乐山: no units named, deadlines from the text', () => {
    expect(plan('leshan-2023').measures.every((m) => m.leads.length === 0 && m.leadSource === 'none')).toBe(true);
    expect(measure('leshan-2023', 14).deadline?.date).toBe('2023-12-31');
    expect(measure('leshan-2023', 3).deadline).toEqual({ raw: '6月底前', date: '2023-06-30' });
  });
  it('四川省: 牵头单位 and 完成时限 columns', () => {
    expect(measure('sichuan-2021', 1)).toMatchObject({ leads: ['省大数据中心'], leadSource: 'column', deadline: { raw: '9月底前', date: '2021-09-30' } });
    expect(measure('sichuan-2021', 10).deadline).toEqual({ raw: '持续推进', date: null });
    expect(measure('sichuan-2021', 1).path).toEqual(['一、深入开展“三项重点改革”', '(一)纵深推进“一网通办”前提下“最多跑一次”改革']);
  });
  it('资阳: 责任单位, 责任领导, 完成时限 columns, groups inherited', () => {
    expect(measure('ziyang-2021', 1)).toMatchObject({ leader: '张建红', deadline: { raw: '持续推进', date: null } });
    expect(measure('ziyang-2021', 3)).toMatchObject({ leader: null, deadline: { raw: '2021年6月并持续推进', date: '2021-06-30' } });
    expect(measure('ziyang-2021', 3).path[1]).toBe('(二)开办企业耗时');
    expect(measure('ziyang-2021', 21).leader).toBe('常务副市长');
    expect(measure('ziyang-2021', 22).leader).toBe('常务副市长');
    expect(measure('ziyang-2021', 16).leader).toBe('刘华彬');
    expect(measure('ziyang-2021', 147).leader).toBe('王琪、马泽波');
    // "高新区管委" + page break + "会、临空经济区管委会" is one name.
    expect(measure('ziyang-2021', 23).leads).toContain('高新区管委会');
    expect(measure('ziyang-2021', 23).leads).not.toContain('高新区管委');
    expect(measure('ziyang-2021', 23).text).toContain('（四）加油站、加气站、发射塔、水塔、老旧居民楼小区改造项目。');
    expect(measure('ziyang-2021', 384).path[0]).toMatch(/^二十一、民营经济/);
  });
});
