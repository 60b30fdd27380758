/** File-system side of the corpora: seeds in as templates, synthetic plans out to bench/corpora/. */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readCurated, readSeeds } from '../build-fs.ts';
import { buildPlans } from '../lib/build-plans.ts';
import { decodeSource } from '../lib/ingest/decode-source.ts';
import type { RegionName } from './real-regions.ts';
import { synthPlans } from './synth-corpus.ts';
import type { Template } from './synth-plan.ts';

/** Every seed as a template: its decoded text plus the region and 文号 the pipeline reads from it. */
export async function loadTemplates(root: string, seedsDir: string): Promise<Template[]> {
  const files = await readSeeds(seedsDir);
  const { plans, errors } = buildPlans(files, await readCurated(resolve(root, 'content')));
  if (errors.length > 0) throw new Error(`seeds do not build: ${errors.map((e) => e.message).join('; ')}`);
  return plans.filter((p) => p.meta.region !== '未注明').map((p) => ({
    text: decodeSource(p.sourceFile, files.find((f) => f.name === p.sourceFile)!.bytes).text,
    region: p.meta.region,
    docNumber: p.meta.docNumber,
  }));
}

/** Writes the synthetic corpus of `n` plans into `dir` (emptied first), for `regions` if given; returns its size in bytes. */
export function writeCorpus(templates: readonly Template[], n: number, dir: string, regions?: readonly RegionName[]): number {
  if (existsSync(dir)) rmSync(dir, { recursive: true });
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const f of synthPlans(templates, n, regions)) {
    const data = Buffer.from(f.text, 'utf8');
    writeFileSync(resolve(dir, f.name), data);
    bytes += data.length;
  }
  return bytes;
}
