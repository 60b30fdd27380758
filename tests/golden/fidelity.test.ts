import { describe, expect, it } from 'vitest';
import { ingest } from '../../scripts/lib/build-plans.ts';
import { assemblePlan } from '../../scripts/lib/enrich/assemble-plan.ts';
import { decodeSource } from '../../scripts/lib/ingest/decode-source.ts';
import { ARTEFACT_KINDS } from './artefact-kinds.ts';
import { charCounts, countDiff, modelText } from './model-text.ts';
import { CURATED, SEEDS } from './seeds.ts';

// Fidelity: every visible character of a source reaches the model exactly once, except the
// artefacts removed on purpose, each of which the parser logs with its kind and line.

describe('fidelity: source characters = model characters − logged artefacts', () => {
  for (const file of SEEDS) {
    it(file.name, () => {
      const src = ingest(file);
      const plan = assemblePlan(src, CURATED.regions, CURATED.content, () => false);
      const source = charCounts([decodeSource(file.name, file.bytes).text]);
      const removed = charCounts(src.doc.edits.map((e) => e.removed));
      const added = charCounts(src.doc.edits.map((e) => e.added));
      for (const e of src.doc.edits) expect(ARTEFACT_KINDS, `undocumented artefact kind ${e.kind}`).toContain(e.kind);
      const model = charCounts(modelText(plan));
      // source − removed + added must equal the model, character for character.
      const expected = new Map(source);
      for (const [ch, n] of removed) expected.set(ch, (expected.get(ch) ?? 0) - n);
      for (const [ch, n] of added) expected.set(ch, (expected.get(ch) ?? 0) + n);
      expect(countDiff(expected, model)).toEqual({});
    });
  }
});
