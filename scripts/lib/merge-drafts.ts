import { InputError } from './input-error.ts';
import type { Drafted } from './draft-plan.ts';

/**
 * Settles drafts in file-name order, exactly as drafting them one after the other would: a draft
 * whose slug an earlier kept plan already has is drafted again by `redo` with the slugs taken so
 * far ("-2", "-3"…; rare, so the redo costs nothing in the common case), and a plan with the same
 * text or 文号 as a kept one is an error naming both files. Drafts must come sorted by file name.
 */
export function mergeDrafts<T>(drafts: Drafted<T>[], redo: (file: string, slugTaken: (slug: string) => boolean) => Drafted<T>): { kept: T[]; errors: InputError[] } {
  const kept: T[] = [];
  const errors: InputError[] = [];
  const taken = new Set<string>();
  const seen = new Map<string, string>();
  for (let d of drafts) {
    if (d.ok && taken.has(d.slug)) d = redo(d.file, (slug) => taken.has(slug));
    if (!d.ok) {
      errors.push(new InputError(d.file, d.error.line, d.error.reason));
      continue;
    }
    const dup = d.keys.map((k) => [k, seen.get(k)] as const).find(([, other]) => other !== undefined);
    if (dup) {
      const why = dup[0].startsWith('text:') ? 'the same text' : `the same 文号 ${dup[0].slice('docNumber:'.length)}`;
      errors.push(new InputError(d.file, null, `duplicate plan: ${why} as ${dup[1]}; keep one of the two files`));
      continue;
    }
    // Validation or emit failed: a bug, not bad input, so it stops the build as it always did.
    if (d.fatal !== undefined) throw new Error(`${d.file}: ${d.fatal}`);
    for (const k of d.keys) seen.set(k, d.file);
    taken.add(d.slug);
    kept.push(d.value as T);
  }
  return { kept, errors };
}
