import type { Plan } from '../../../src/model/schema.ts';
import { planToMdast } from './plan-to-mdast.ts';
import { serializeMdx } from './serialize-mdx.ts';

/** A file the build writes, relative to the generated folder. */
export interface OutFile {
  path: string;
  content: string | Uint8Array;
}

/**
 * Emit stage: for every plan its model (`model/<slug>.json`), its body as MDX
 * (`plans/<slug>.mdx`) and its source text (`sources/<slug>.txt`, the original bytes when
 * they are UTF-8, else the decoded text in UTF-8), plus the build's warnings.
 */
export function emitFiles(plans: Plan[], sources: Map<string, string | Uint8Array>): OutFile[] {
  const files: OutFile[] = [];
  for (const plan of plans) {
    files.push({ path: `model/${plan.slug}.json`, content: `${JSON.stringify(plan, null, 1)}\n` });
    files.push({ path: `plans/${plan.slug}.mdx`, content: serializeMdx(planToMdast(plan)) });
    files.push({ path: `sources/${plan.slug}.txt`, content: sources.get(plan.sourceFile)! });
  }
  files.push({ path: 'warnings.json', content: `${JSON.stringify(plans.flatMap((p) => p.warnings), null, 1)}\n` });
  return files;
}
