import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCurated } from '../../../scripts/build-fs.ts';
import { buildPlans } from '../../../scripts/lib/build-plans.ts';

const root = resolve(import.meta.dirname, '../../..');
const curated = await readCurated(resolve(root, 'content'));
/** The plan built from a fixture of tests/fixtures/layouts/region/. */
function plan(name: string) {
  const bytes = new Uint8Array(readFileSync(resolve(root, 'tests/fixtures/layouts/region', name)));
  const { plans, errors } = buildPlans([{ name, bytes }], curated);
  expect(errors).toEqual([]);
  return plans[0]!;
}

describe('region of a whole plan, through the pipeline', () => {
  it('a district of a joint party/government issuer: 海陵区 with its city, province and code', () => {
    const p = plan('joint-issuer-district.txt');
    expect(p.meta).toMatchObject({ region: '海陵区', city: '泰州市', province: '江苏省', level: 'county', divisionCode: '321202', year: 2020 });
    expect(p.slug).toBe('hailing-2020');
    expect(p.warnings.filter((w) => w.message.includes('region'))).toEqual([]);
  });
  it('a district name four cities share: kept, province unknown, the candidates in a warning', () => {
    const p = plan('ambiguous-district.txt');
    expect(p.meta).toMatchObject({ region: '鼓楼区', city: null, province: '未注明', level: 'county', divisionCode: null });
    expect(p.slug).toBe('gulou-2021');
    expect(p.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('region "鼓楼区" is in 江苏省南京市, 江苏省徐州市, 福建省福州市 or 河南省开封市'));
  });
  it('the same plan once content/regions.json says which 鼓楼区', () => {
    const regions = { ...curated.regions, overrides: { regions: { 鼓楼区: { province: '福建省', city: '福州市' } } } };
    const bytes = new Uint8Array(readFileSync(resolve(root, 'tests/fixtures/layouts/region/ambiguous-district.txt')));
    const { plans } = buildPlans([{ name: 'ambiguous-district.txt', bytes }], { ...curated, regions });
    expect(plans[0]!.meta).toMatchObject({ region: '鼓楼区', city: '福州市', province: '福建省', divisionCode: '350102' });
    expect(plans[0]!.warnings.filter((w) => w.message.includes('region'))).toEqual([]);
  });
});
