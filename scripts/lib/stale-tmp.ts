/**
 * Which leftovers of killed builds to remove. A build writes `<target>.tmp-<pid>` (dist/,
 * src/generated) and swaps it in, parking the old output as `<target>.old-<pid>` for a moment;
 * a build killed part-way leaves these behind ("dist.tmp-4242"). Only folders whose process is
 * gone are stale: a live build's (another terminal, a test beside this one) is never touched.
 */

/** A leftover folder of a build: its name and the pid of the build that made it. */
export interface TmpFolder {
  /** Folder name, in the target's parent folder ("dist.tmp-4242"). */
  name: string;
  /** Process id of the build that made it. */
  pid: number;
}

/** Leftover folders of `target` (a folder's base name) among the entries of its parent folder. */
export function tmpFoldersOf(target: string, entries: string[]): TmpFolder[] {
  const prefix = `${target}.`;
  return entries.flatMap((name) => {
    if (!name.startsWith(prefix)) return [];
    const m = /^(?:tmp|old)-(\d+)$/.exec(name.slice(prefix.length));
    return m ? [{ name, pid: Number(m[1]) }] : [];
  });
}

/** The leftovers of `target` to remove: those whose build process is neither this one nor alive. */
export function staleTmpFolders(target: string, entries: string[], self: number, alive: (pid: number) => boolean): TmpFolder[] {
  return tmpFoldersOf(target, entries).filter((f) => f.pid !== self && !alive(f.pid));
}
