import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCurated, readSeeds } from '../../scripts/build-fs.ts';
import { baselineMdx } from '../../scripts/bench/baseline-mdx.ts';
import { loadTemplates } from '../../scripts/bench/corpus-fs.ts';
import { prng } from '../../scripts/bench/prng.ts';
import { slotOf, slotPools } from '../../scripts/bench/recombine-slots.ts';
import { regionStems } from '../../scripts/bench/region-names.ts';
import { realRegionOrder, realRegions } from '../../scripts/bench/real-regions.ts';
import { loadGazetteer } from '../../scripts/lib/enrich/gazetteer-fs.ts';
import { synthCorpus } from '../../scripts/bench/synth-corpus.ts';
import { stemOf, synthPlan } from '../../scripts/bench/synth-plan.ts';
import { toPinyinSlug } from '../../scripts/lib/text/to-pinyin-slug.ts';
import { buildPlans } from '../../scripts/lib/build-plans.ts';

const root = resolve(import.meta.dirname, '../..');

describe('synthetic corpora for the benchmark', () => {
  it('swaps only measure bodies: labels, table cells and headings stay', () => {
    expect(slotOf('(3) 推行企业登记、公章刻制、申领发票、社保登记、公积金缴存登记、银行开户一网通办')).toMatchObject({ key: 'paren-arabic', prefix: '(3) ' });
    expect(slotOf('35\t深化职务科技成果权属混合所有制改革,赋予科研人员职务科技成果所有权\t科技厅\t12月底前')).toEqual({
      key: 'row-numbered', prefix: '35\t', body: '深化职务科技成果权属混合所有制改革,赋予科研人员职务科技成果所有权', suffix: '\t科技厅\t12月底前',
    });
    expect(slotOf('\t(二)开办企业耗时\t3.从2021年6月1日起,将企业设立登记时间从3个工作日内压减到2个工作日内\t市市场监管局\t\t持续推进')).toMatchObject({
      key: 'cell-numbered', prefix: '\t(二)开办企业耗时\t3.', suffix: '\t市市场监管局\t\t持续推进',
    });
    expect(slotOf('（一）深化商事制度改革（牵头单位：县市场监管局）')).toBeNull();
    expect(slotOf('一、打造便利的市场环境')).toBeNull();
  });
  it('makes unique made-up region names whose slugs differ', () => {
    const stems = regionStems(500);
    expect(new Set(stems).size).toBe(500);
    expect(stems.every((s) => /^测..$/u.test(s) && !/[省市州县区旗盟]/u.test(s))).toBe(true);
  });
  it('has a name of its own for each of 3,000 plans (issue 13): three characters after the pairs, slugs still unique', () => {
    const stems = regionStems(3000);
    expect(stems.slice(0, 500)).toEqual(regionStems(500));
    expect(new Set(stems.map((s) => toPinyinSlug(`${s}市`))).size).toBe(3000);
    expect(stems.at(-1)).toMatch(/^测...$/u);
    expect(stems.every((s) => !/[省市州县区旗盟]/u.test(s))).toBe(true);
  });
  it('gives a plan under a three-character made-up name the pipeline reads as its region', async () => {
    const templates = await loadTemplates(root, resolve(root, 'seeds'));
    const stem = regionStems(3000)[2999]!;
    const text = synthPlan(templates[0]!, templates.map((t) => t.region), slotPools(templates.map((t) => t.text)), prng(1), stem, 3000);
    const { plans, errors } = buildPlans([{ name: 'bench-3000.txt', bytes: new TextEncoder().encode(text) }], await readCurated(resolve(root, 'content')));
    expect(errors).toEqual([]);
    expect(plans[0]!.meta.region).toBe(`${stem}${templates[0]!.region.slice(stemOf(templates[0]!.region).length)}`);
  });
  it('gives plans the pipeline parses like their templates, under made-up regions, deterministically', async () => {
    const templates = await loadTemplates(root, resolve(root, 'seeds'));
    const corpus = synthCorpus(templates, 10);
    expect(synthCorpus(templates, 10)).toEqual(corpus);
    // The corpus of 10 is the first 10 plans of any larger corpus.
    expect(synthCorpus(templates, 12).slice(0, 10)).toEqual(corpus);
    const seeds = buildPlans(await readSeeds(resolve(root, 'seeds')), await readCurated(resolve(root, 'content'))).plans;
    const { plans, errors } = buildPlans(corpus.map((f) => ({ name: f.name, bytes: new TextEncoder().encode(f.text) })), await readCurated(resolve(root, 'content')));
    expect(errors.map((e) => e.message)).toEqual([]);
    expect(new Set(plans.map((p) => p.slug)).size).toBe(10);
    for (const [k, p] of plans.entries()) {
      const template = seeds[k % seeds.length]!;
      expect(p.meta.region).toMatch(/^测/u);
      expect(p.measures.length, `${p.sourceFile} from ${template.sourceFile}`).toBe(template.measures.length);
      expect(p.meta.docNumber === null).toBe(template.meta.docNumber === null);
      // Recombined, not copied: most measure texts differ from the template's.
      const same = p.measures.filter((m, i) => m.text === template.measures[i]!.text).length;
      expect(same).toBeLessThan(p.measures.length / 2);
    }
    for (const f of corpus) for (const t of templates) expect(f.text).not.toContain(t.region);
  });
});

describe('real regions for synthetic plans (issue 13)', () => {
  it('has 3,000 regions named without ambiguity, in a fixed order spread over the provinces', () => {
    const gazetteer = loadGazetteer();
    const order = realRegionOrder(gazetteer);
    expect(order.length).toBeGreaterThanOrEqual(3000);
    expect(realRegionOrder(gazetteer)).toEqual(order);
    expect(new Set(order.map((r) => r.name)).size).toBe(order.length);
    // "鼓楼区" is in four cities: it is only ever named with its city in front.
    expect(order.some((r) => r.name === '鼓楼区')).toBe(false);
    expect(order.some((r) => r.name === '南京市鼓楼区')).toBe(true);
    expect(order.some((r) => /台湾|香港|澳门/u.test(r.name))).toBe(false);
    const provinces = new Set(order.slice(0, 500).map((r) => gazetteer.byName.get(r.name.replace(/^.+?(市|州|地区|盟)(?=.+(区|县|市|旗)$)/u, ''))?.[0]?.province));
    expect(provinces.size).toBeGreaterThanOrEqual(31);
    expect(() => realRegions(gazetteer, order.length + 1)).toThrow(/unambiguous regions/);
  });
  it('gives plans the pipeline places in their real province, city and level', async () => {
    const templates = await loadTemplates(root, resolve(root, 'seeds'));
    const regions = realRegions(loadGazetteer(), 12);
    const corpus = synthCorpus(templates, 12, regions);
    const { plans, errors } = buildPlans(corpus.map((f) => ({ name: f.name, bytes: new TextEncoder().encode(f.text) })), await readCurated(resolve(root, 'content')));
    expect(errors).toEqual([]);
    expect(new Set(plans.map((p) => p.slug)).size).toBe(12);
    for (const [k, p] of plans.entries()) {
      expect(regions[k]!.name.endsWith(p.meta.region), `${p.sourceFile}: ${p.meta.region} for ${regions[k]!.name}`).toBe(true);
      expect(p.meta.province).not.toBe('未注明');
      expect(p.meta.divisionCode).toMatch(/^\d{6}$/);
    }
  });
});

describe('baseline MDX', () => {
  it('keeps every character of the text and leaves MDX nothing to run', () => {
    const mdx = baselineMdx('\uFEFF关于印发的通知\r\n\r\nexport const x = 1;\n  {alert(1)} <script>x</script> 1. *强调*\n');
    expect(mdx).toBe('---\ntitle: "关于印发的通知"\n---\n\n关于印发的通知\n\n&#x65;xport const x \\= 1\\;\n\n\\{alert\\(1\\)\\} \\<script\\>x\\<\\/script\\> 1\\. \\*强调\\*\n');
  });
});
