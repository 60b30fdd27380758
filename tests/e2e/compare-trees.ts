import { readdirSync, readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';

/** Every file under a folder, as sorted "/"-separated relative paths. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, resolve(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** Where two versions of a file first differ: the line for text, else the byte offset with hex context. */
export function firstDifference(a: Buffer, b: Buffer): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return 'identical';
  const text = !a.includes(0) && !b.includes(0);
  if (text) {
    const lineNo = a.subarray(0, i).toString('utf8').split('\n').length;
    const lineOf = (x: Buffer) => (x.toString('utf8').split('\n')[lineNo - 1] ?? '<end of file>');
    // Long minified lines: show 120 characters around the first difference.
    const col = a.subarray(a.lastIndexOf(10, i - 1) + 1, i).toString('utf8').length;
    const cut = (s: string) => s.slice(Math.max(0, col - 60), col + 60);
    return `line ${lineNo}, column ${col + 1}:\n    a: ${cut(lineOf(a))}\n    b: ${cut(lineOf(b))}`;
  }
  const hex = (x: Buffer) => x.subarray(Math.max(0, i - 8), i + 24).toString('hex');
  return `byte ${i} (sizes ${a.length} / ${b.length}):\n    a: ${hex(a)}\n    b: ${hex(b)}`;
}

/** Human-readable differences between two folders: files present in one only, and files whose bytes differ. */
export function compareTrees(a: string, b: string): string[] {
  const fa = listFiles(a);
  const fb = listFiles(b);
  const inB = new Set(fb);
  const inA = new Set(fa);
  const out: string[] = [];
  for (const f of fa) if (!inB.has(f)) out.push(`only in ${a}: ${f}`);
  for (const f of fb) if (!inA.has(f)) out.push(`only in ${b}: ${f}`);
  for (const f of fa) {
    if (!inB.has(f)) continue;
    const x = readFileSync(resolve(a, f));
    const y = readFileSync(resolve(b, f));
    if (!x.equals(y)) out.push(`${f} differs at ${firstDifference(x, y)}`);
  }
  return out;
}
