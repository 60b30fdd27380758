/** The machine a benchmark ran on, so figures are read with their hardware. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';

/** CPU, cores, memory, software versions and the date of the run. */
export interface MachineInfo {
  cpu: string;
  cores: number;
  ramGB: number;
  node: string;
  astro: string;
  pagefind: string;
  chromium: string;
  /** As `date -u` prints it; the benchmark's only use of the clock besides timings. */
  date: string;
}

/** Version of an installed package of the project. */
const version = (root: string, pkg: string): string => (JSON.parse(readFileSync(resolve(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;

/** Reads the machine's facts; `chromium` is the browser's version string. */
export function machineInfo(root: string, chromium: string): MachineInfo {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  return {
    cpu: /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    ramGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    astro: version(root, 'astro'),
    pagefind: version(root, 'pagefind'),
    chromium,
    date: spawnSync('date', ['-u', '+%Y-%m-%d %H:%M UTC'], { encoding: 'utf8' }).stdout.trim(),
  };
}
