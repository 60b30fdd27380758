import { createHash } from 'node:crypto';
import { Plan, type Warning } from '../../src/model/schema.ts';
import type { RegionsFile } from '../../src/model/regions.ts';
import { assemblePlan, type ParsedSource } from './enrich/assemble-plan.ts';
import type { EnrichContent } from './enrich/parse-enrich-content.ts';
import { decodeSource } from './ingest/decode-source.ts';
import { splitLines } from './ingest/split-lines.ts';
import { InputError } from './input-error.ts';
import { parsePlan } from './parse/parse-plan.ts';

/** A source file as read from the seeds folder. */
export interface SourceFile {
  /** Name relative to the seeds folder. */
  name: string;
  bytes: Uint8Array;
}

/** The curated content the pipeline uses besides the seeds. */
export interface Curated {
  /** content/regions.json */
  regions: RegionsFile;
  /** content/indicators.json, indicator-lexicon.json, metrics.json */
  content: EnrichContent;
}

/** Everything the pipeline made, or why it could not. */
export interface BuildResult {
  plans: Plan[];
  warnings: Warning[];
  errors: InputError[];
}

/** Ingest + parse stages for one file: decoded, split into lines, parsed. */
export function ingest(file: SourceFile): ParsedSource {
  const decoded = decodeSource(file.name, file.bytes);
  const { lines, crlf } = splitLines(decoded.text);
  const ingestArtefacts: Record<string, number> = {};
  if (decoded.encoding === 'utf-8-bom') ingestArtefacts['byte-order-mark'] = 1;
  if (crlf > 0) ingestArtefacts['crlf'] = crlf;
  if (lines.every((l) => l.text.trim() === '')) throw new InputError(file.name, null, 'the file contains only whitespace; expected the text of a plan');
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  return { file: file.name, sha256, doc: parsePlan(lines), ingestArtefacts };
}

/** Text of a plan with whitespace removed: two files with the same key hold the same plan. */
function textKey(p: Plan): string {
  return JSON.stringify([p.meta.title, p.blocks, p.measures.map((m) => m.text)]).replace(/\s+/g, '');
}

/**
 * The whole pure pipeline: ingest → parse → enrich for every file, in file-name order so
 * slugs and output never depend on directory listing order. Duplicate plans (same text, or
 * same 文号) are errors naming both files.
 */
export function buildPlans(files: SourceFile[], curated: Curated): BuildResult {
  const plans: Plan[] = [];
  const errors: InputError[] = [];
  const seen = new Map<string, string>();
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    try {
      const plan = assemblePlan(ingest(file), curated.regions, curated.content, (slug) => plans.some((p) => p.slug === slug));
      const keys = [`text:${textKey(plan)}`, ...(plan.meta.docNumber ? [`docNumber:${plan.meta.docNumber}`] : [])];
      const dup = keys.map((k) => [k, seen.get(k)] as const).find(([, other]) => other !== undefined);
      if (dup) {
        const why = dup[0].startsWith('text:') ? 'the same text' : `the same 文号 ${plan.meta.docNumber}`;
        throw new InputError(file.name, null, `duplicate plan: ${why} as ${dup[1]}; keep one of the two files`);
      }
      keys.forEach((k) => seen.set(k, file.name));
      plans.push(Plan.parse(plan));
    } catch (e) {
      if (e instanceof InputError) errors.push(e);
      else throw e;
    }
  }
  return { plans, warnings: plans.flatMap((p) => p.warnings), errors };
}
