/**
 * Memory of a process tree, sampled from /proc: `ps`-free so it works in a bare container, and
 * summed over the tree because the build's memory lives in children (astro's node, pagefind's
 * binary), which process.memoryUsage() of the parent never sees.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** One process: parent, resident memory in bytes, command line. */
interface Proc {
  ppid: number;
  rss: number;
  cmd: string;
}

const PAGE = 4096;

/** Every process readable in /proc right now (processes that exit mid-read are skipped). */
function snapshot(): Map<number, Proc> {
  const procs = new Map<number, Proc>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name in parentheses may hold spaces; fields after it are fixed.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const rss = Number(readFileSync(`/proc/${name}/statm`, 'utf8').split(' ')[1]) * PAGE;
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'utf8').replaceAll('\0', ' ');
      procs.set(Number(name), { ppid, rss, cmd });
    } catch {
      // gone meanwhile
    }
  }
  return procs;
}

/** Peak resident memory of a tree, in total and per labelled part (by a word in the command line). */
export interface TreePeaks {
  total: number;
  byLabel: Record<string, number>;
}

/** Samples the tree under `root` every `ms` until stopped; returns the peaks seen. */
export function watchTree(root: number, labels: readonly string[], ms = 100): { stop: () => TreePeaks } {
  const peaks: TreePeaks = { total: 0, byLabel: Object.fromEntries(labels.map((l) => [l, 0])) };
  const sample = () => {
    const procs = snapshot();
    const inTree = new Set([root]);
    // Parents have lower pids only usually; iterate until no new member is found.
    for (let grew = true; grew;) {
      grew = false;
      for (const [pid, p] of procs) if (!inTree.has(pid) && inTree.has(p.ppid)) { inTree.add(pid); grew = true; }
    }
    const members = [...inTree].map((pid) => procs.get(pid)).filter((p): p is Proc => p !== undefined);
    peaks.total = Math.max(peaks.total, members.reduce((s, p) => s + p.rss, 0));
    for (const l of labels) peaks.byLabel[l] = Math.max(peaks.byLabel[l]!, members.filter((p) => p.cmd.includes(l)).reduce((s, p) => s + p.rss, 0));
  };
  sample();
  const timer = setInterval(sample, ms);
  return { stop: () => { clearInterval(timer); return peaks; } };
}
