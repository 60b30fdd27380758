/** Test helper: the curated content files, validated the way the build validates them. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseEnrichContent, type EnrichContent } from '../../../scripts/lib/enrich/parse-enrich-content.ts';

const read = (name: string): unknown => JSON.parse(readFileSync(fileURLToPath(new URL(`../../../content/${name}`, import.meta.url)), 'utf8'));

/** Raw JSON of the three content files. */
export const raw = { taxonomy: read('indicators.json'), lexicon: read('indicator-lexicon.json'), metrics: read('metrics.json') };

/** Validated content. */
export const content: EnrichContent = parseEnrichContent(raw);
