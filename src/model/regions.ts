/** Schema of the curated regions file, content/regions.json. */
import { z } from 'zod';
import { Level } from './schema.ts';

/** What the curated file may add about one region. */
export const RegionFacts = z.object({
  /** Province-level unit the region belongs to. */
  province: z.string().min(1),
  /** Level override, where the name's suffix misleads (a 区 that is a city, say). */
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
