/**
 * A synthetic corpus spread over provinces, for the pages at scale: the benchmark's plans
 * (scripts/bench/corpus-fs.ts) have made-up regions ("测甲乙市") the gazetteer does not know, so
 * all would fall under "未注明". A copy of content/ whose regions.json places them, cycling
 * through PROVINCES (cities as prefecture level, districts and counties as county level, "省" as the
 * province's own plan), gives
 * the province → region → year pages something to group.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadTemplates, writeCorpus } from '../../scripts/bench/corpus-fs.ts';
import { regionStems } from '../../scripts/bench/region-names.ts';

/** Provinces the synthetic regions are placed in, in turn. */
export const PROVINCES = ['四川省', '重庆市', '广东省', '陕西省'];

/** Writes `n` plans to `<work>/seeds` and a content folder placing their regions to `<work>/content`; returns the env for scripts/build.ts. */
export async function writeScaleCorpus(root: string, work: string, n: number): Promise<Record<string, string>> {
  const seeds = resolve(work, 'seeds');
  const content = resolve(work, 'content');
  writeCorpus(await loadTemplates(root, resolve(root, 'seeds')), n, seeds);
  cpSync(resolve(root, 'content'), content, { recursive: true });
  const file = resolve(content, 'regions.json');
  const json = JSON.parse(readFileSync(file, 'utf8')) as { regions: Record<string, unknown> };
  regionStems(n).forEach((stem, k) => {
    const province = PROVINCES[k % PROVINCES.length]!;
    json.regions[`${stem}市`] = { province, level: 'city' };
    for (const suffix of ['县', '区']) json.regions[`${stem}${suffix}`] = { province, level: 'county' };
    // Templates from a provincial plan give "测甲乙省": a provincial plan standing in for the province.
    json.regions[`${stem}省`] = { province, level: 'province' };
  });
  writeFileSync(file, JSON.stringify(json, null, 1));
  return { SEEDS_DIR: seeds, CONTENT_DIR: content, OUT_DIR: resolve(work, 'site'), GENERATED_DIR: resolve(work, 'generated') };
}
