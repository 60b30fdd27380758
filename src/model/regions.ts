/** Schema of the curated regions file, content/regions.json. */
import { z } from 'zod';
import { Level } from './schema.ts';

/**
 * What the curated file may add about one region, where the national gazetteer (GB/T 2260) is
 * silent or ambiguous: a name it lacks, which of two 鼓楼区 is meant, a slug.
 */
export const RegionFacts = z.object({
  /** Province-level unit the region belongs to; absent for an entry that only sets a slug. */
  province: z.string().min(1).optional(),
  /** Prefecture-level parent ("长春市"), for a county-level name found in several prefectures. */
  city: z.string().min(1).optional(),
  /** Level, for a name the gazetteer lacks (or an override of its level). */
  level: Level.optional(),
  /** ASCII slug stem override, where the pinyin of the name is wrong or ambiguous. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).optional(),
});

/** content/regions.json: region name → facts. */
export const RegionsFile = z.object({
  /** Free-text note for reviewers. */
  $comment: z.string().optional(),
  /** Facts by region name exactly as plans write it ("巫山县"). */
  regions: z.record(z.string(), RegionFacts),
});

export type RegionFacts = z.infer<typeof RegionFacts>;
export type RegionsFile = z.infer<typeof RegionsFile>;
