import { createHash } from 'node:crypto';
import { Plan } from '../../src/model/schema.ts';
import type { Curated, SourceFile } from './build-plans.ts';
import { assemblePlan, type ParsedSource } from './enrich/assemble-plan.ts';
import { decodeSource, type DecodedSource } from './ingest/decode-source.ts';
import { splitLines } from './ingest/split-lines.ts';
import { InputError } from './input-error.ts';
import { parsePlan } from './parse/parse-plan.ts';

/**
 * One file through ingest, parse, enrich and validation, decided without looking at any other
 * file, so files can be drafted in any order or on any thread; mergeDrafts then settles what
 * depends on the others (slug clashes, duplicates) in file-name order.
 */
export type Drafted<T> =
  | { file: string; ok: true; slug: string; keys: string[]; value?: T; fatal?: string }
  | { file: string; ok: false; error: { line: number | null; reason: string } };

/** Ingest + parse stages for one file: decoded, split into lines, parsed. */
export function ingest(file: SourceFile, decoded: DecodedSource = decodeSource(file.name, file.bytes)): ParsedSource {
  const { lines, crlf } = splitLines(decoded.text);
  const ingestArtefacts: Record<string, number> = {};
  if (decoded.encoding === 'utf-8-bom') ingestArtefacts['byte-order-mark'] = 1;
  if (crlf > 0) ingestArtefacts['crlf'] = crlf;
  if (lines.every((l) => l.text.trim() === '')) throw new InputError(file.name, null, 'the file contains only whitespace; expected the text of a plan');
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  return { file: file.name, sha256, doc: parsePlan(lines), lines, ingestArtefacts };
}

/**
 * Text of a plan with whitespace removed, as a sha256: two files with the same key hold the same
 * plan. A digest, not the text itself: every key goes back to the main thread and into a Map
 * (at 500 plans the texts were 70 MB of strings to copy between threads and hash again there).
 */
function textKey(p: Plan): string {
  const text = JSON.stringify([p.meta.title, p.blocks, p.measures.map((m) => m.text)]).replace(/\s+/g, '');
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Drafts one file: its plan with the first slug `slugTaken` allows, its duplicate keys (text,
 * 文号), and `finish` applied to the validated plan (the build emits its files there). An
 * InputError is a rejected draft; any other failure of validation or `finish` is kept as `fatal`
 * and raised only if the plan is kept, as the sequential pipeline would.
 */
export function draftPlan<T>(file: SourceFile, curated: Curated, slugTaken: (slug: string) => boolean, finish: (plan: Plan, decoded: DecodedSource) => T): Drafted<T> {
  let plan: Plan;
  let decoded: DecodedSource;
  try {
    decoded = decodeSource(file.name, file.bytes);
    plan = assemblePlan(ingest(file, decoded), curated.regions, curated.content, slugTaken);
  } catch (e) {
    if (e instanceof InputError) return { file: file.name, ok: false, error: { line: e.line, reason: e.reason } };
    throw e;
  }
  const keys = [`text:${textKey(plan)}`, ...(plan.meta.docNumber ? [`docNumber:${plan.meta.docNumber}`] : [])];
  try {
    return { file: file.name, ok: true, slug: plan.slug, keys, value: finish(Plan.parse(plan), decoded) };
  } catch (e) {
    return { file: file.name, ok: true, slug: plan.slug, keys, fatal: (e as Error).stack ?? String(e) };
  }
}
