import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { IsoDate } from '../../src/model/schema.ts';

/** Folder of the national-layout fixtures: `<name>.txt|md` plus `<name>.expected.json`. */
export const NATIONAL_DIR = resolve(import.meta.dirname, '../fixtures/layouts/national');

/** One measure as a careful human reader sees it. */
export const ExpectedMeasure = z.strictObject({
  /** Label as written, e.g. "1．", "（一）", "第三条", a table row's 序号. */
  label: z.string().min(1),
  /** The first 8+ characters of the measure text after its label. */
  textStart: z.string().min(8),
  /** 牵头 units (all 责任单位 units when the text does not tell lead from partner), as written. */
  leads: z.array(z.string().min(1)),
  /** 配合/协办 units, as written. */
  partners: z.array(z.string().min(1)),
  /** Latest date the measure names, resolved with the plan year; null for none or "持续推进". */
  deadline: IsoDate.nullable(),
  /** Primary indicator id (content/indicators.json), or null when the reader is unsure. */
  indicator: z.string().min(1).nullable(),
});

/** Expected metadata of a fixture plan. */
export const ExpectedMeta = z.strictObject({
  /** The plan's own title. */
  title: z.string().min(1),
  /** Issuing office (the first one of a joint notice); null when the file names none. */
  issuer: z.string().min(1).nullable(),
  /** Every issuer of a joint notice ("中共XX区委办公室", "XX区人民政府办公室"); only for joint notices. */
  issuers: z.array(z.string().min(1)).min(2).optional(),
  /** 文号 normalised ("厦府办〔2019〕116号") or null. */
  docNumber: z.string().min(1).nullable(),
  /** ISO issue date; null when the file has none or it is damaged. */
  issueDate: IsoDate.nullable(),
  /** Most specific administrative division ("青羊区"). */
  region: z.string().min(1),
  /** Province-level unit. */
  province: z.string().min(1),
  /** Government level. */
  level: z.enum(['province', 'city', 'county']),
  /** The plan's (first) year. */
  year: z.number().int().min(2019).max(2025),
  /** Last year of a multi-year plan ("2023—2025年" → 2025), else null. */
  yearEnd: z.number().int().min(2019).max(2030).nullable(),
});

/** A fixture's expectations file. */
export const Expected = z.strictObject({
  /** Layout tags the fixture exercises, "area:what" ("header:issuer-in-title"). */
  layouts: z.array(z.string().regex(/^[a-z]+:[a-z0-9-]+$/)).min(1),
  meta: ExpectedMeta,
  measures: z.array(ExpectedMeasure).min(2),
});
/** Parsed expectations. */
export type Expected = z.infer<typeof Expected>;

/** One fixture: its source file name, bytes and raw (unvalidated) expectations. */
export interface NationalFixture { name: string; file: string; bytes: Uint8Array; raw: unknown }

/** Every fixture of the national corpus, in name order. */
export function loadNationalFixtures(): NationalFixture[] {
  return readdirSync(NATIONAL_DIR)
    .filter((n) => /\.(txt|md)$/.test(n))
    .sort()
    .map((file) => {
      const name = file.replace(/\.(txt|md)$/, '');
      const raw: unknown = JSON.parse(readFileSync(resolve(NATIONAL_DIR, `${name}.expected.json`), 'utf8'));
      return { name, file, bytes: new Uint8Array(readFileSync(resolve(NATIONAL_DIR, file))), raw };
    });
}
