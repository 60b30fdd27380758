/**
 * The plan model: one place for every type the pipeline produces and the site reads.
 * Scripts import these schemas to validate what they emit; pages import the inferred types.
 */
import { z } from 'zod';
import { EnrichedTarget, Evidence, IndicatorId } from './compare.ts';

/** ISO calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Government level of the issuing region. */
export const Level = z.enum(['province', 'city', 'county']);

/** A deadline as the source states it, resolved to a date where the text allows. */
export const Deadline = z.object({
  /** The deadline as written (stray spaces inside words removed), e.g. "2021年6月并持续推进", "9月底前". */
  raw: z.string().min(1),
  /** Last day the deadline allows, resolved with the plan's year; null when open-ended ("持续推进"). */
  date: IsoDate.nullable(),
});

/** The finest-grained numbered task of a plan. */
export const Measure = z.object({
  /** Stable id, unique across the site: `<plan slug>-m<n>`. */
  id: z.string().regex(/^[a-z0-9-]+-m\d+$/),
  /** 1-based ordinal within the plan; equals the row number for appendix-table measures. */
  n: z.number().int().positive(),
  /** The item label as written, e.g. "(1)", "（一）", "1．", "16". */
  label: z.string(),
  /** Fragment id on the plan page, e.g. "m16". */
  anchor: z.string().regex(/^m\d+$/),
  /** Heading titles (or table group cells) above the measure, outermost first, labels included. */
  path: z.array(z.string()),
  /** Run-in title: the short first sentence that names the measure ("激发市场主体活力。"), if any. */
  title: z.string().nullable(),
  /** Full text after the label (run-in title included); paragraphs separated by "\n". Empty for a bare
   *  label with nothing after it ("（三）" alone before the next heading), which the build warns about. */
  text: z.string(),
  /** Lead units (牵头单位 / 责任单位), in source order. */
  leads: z.array(z.string()),
  /** Other units named as responsible or cooperating (…负责 / …配合), in source order. */
  partners: z.array(z.string()),
  /** Where `leads` came from: a table column, a note ending the text ("（A牵头，B配合）", "【责任单位：…】"),
   *  marker lines after the text ("责任单位：…", "牵头单位：A  配合单位：B"), the section heading, or nowhere. */
  leadSource: z.enum(['column', 'inline', 'marker', 'section', 'none']),
  /** Responsible leader (责任领导) where the source names one. */
  leader: z.string().nullable(),
  /** The deadline the measure as a whole must meet: its 完成时限 cell, or the latest date its text names. */
  deadline: Deadline.nullable(),
  /** Every deadline the measure names, in text order ("年内" … "今年10月底前"); one for a table row. */
  deadlines: z.array(Deadline),
  /** 1-based line in the source file where the measure starts. */
  line: z.number().int().positive(),
  /** Indicators the measure concerns (content/indicators.json ids), primary first; never empty. */
  indicators: z.array(IndicatorId).min(1),
  /** How each indicator was decided (heading or matched keywords, with the sentences). */
  evidence: z.array(Evidence),
  /** Quantitative targets the measure states, in text order. */
  targets: z.array(EnrichedTarget),
});

/** Targets stated outside measures, in the paragraphs under a heading (自贡 "1.目标任务。…"). */
export const Goal = z.object({
  /** Fragment id of the heading the paragraphs belong to. */
  anchor: z.string(),
  /** Headings from the top down to that heading, labels included. */
  path: z.array(z.string()),
  /** The paragraphs, joined by "\n". */
  text: z.string().min(1),
  /** Indicators of the section, primary first. */
  indicators: z.array(IndicatorId).min(1),
  /** How they were decided. */
  evidence: z.array(Evidence),
  /** The targets, in text order (never empty: sections without targets are not goals). */
  targets: z.array(EnrichedTarget).min(1),
});

/** A heading of the plan's structure (一、 / （一） / 1． / (1) / ①, or a title). */
export const HeadingBlock = z.object({
  type: z.literal('heading'),
  /** Fragment id on the plan page, unique within the plan. */
  id: z.string(),
  /** Nesting depth: 1 = 一、, 2 = （一）, 3 = 1．, 4 = (1), 5 = ①; depth of the first level used is 1. */
  depth: z.number().int().min(1).max(6),
  /** The label as written ("一、", "（一）"), or null for unnumbered headings such as 附件 titles. */
  label: z.string().nullable(),
  /** Heading text after the label, as written (a run-in title keeps its closing "。"). */
  title: z.string(),
  /** A bracketed lead note that followed the title, e.g. "〔牵头部门（单位）：市市场监管局〕". */
  note: z.string().nullable(),
  /** Lead units named in `note`. */
  leads: z.array(z.string()),
  /** 1-based source line. */
  line: z.number().int().positive(),
});

/** What a paragraph is, so the page can style it and search can weigh it. */
export const ParagraphRole = z.enum(['body', 'notice', 'signature', 'footer', 'note']);

/** A paragraph of running text. */
export const ParagraphBlock = z.object({
  type: z.literal('paragraph'),
  /** Text as repaired: page-break splits joined, artefacts removed. */
  text: z.string().min(1),
  /** body = plan text; notice = the covering 印发 notice; signature = issuer/date lines;
   *  footer = 抄送 / 印发 / 电子公文专用章 / 信息公开选项; note = table notes. */
  role: ParagraphRole,
  /** 1-based source line. */
  line: z.number().int().positive(),
});

/** A measure in running text: its data lives in `Plan.measures`. */
export const MeasureBlock = z.object({
  type: z.literal('measure'),
  /** `Measure.n` of the measure shown here. */
  n: z.number().int().positive(),
});

/** What a table column holds, recognised from its header (partners = 配合单位 / 协办单位 …). */
export const ColumnRole = z.enum(['number', 'group1', 'group2', 'measure', 'units', 'partners', 'leader', 'deadline', 'other']);

/** One row of an appendix table. */
export const TableRow = z.object({
  /** group = a section row spanning the table ("一、…", "(一)…"); row = an ordinary row. */
  kind: z.enum(['group', 'row']),
  /** Cell texts by column index (same length as `columns`), artefacts removed, continuations merged. */
  cells: z.array(z.string()),
  /** Effective group cells above the row (一级指标, 二级指标 / "一、…", "(一)…"), empty cells inherited. */
  groups: z.array(z.string()),
  /** `Measure.n` when the row is a numbered measure. */
  measure: z.number().int().positive().nullable(),
  /** 1-based source line where the row starts. */
  line: z.number().int().positive(),
});

/** An appendix table rebuilt row by row. */
export const TableBlock = z.object({
  type: z.literal('table'),
  /** Fragment id on the plan page. */
  id: z.string(),
  /** Table title (the heading above it), if any. */
  caption: z.string().nullable(),
  /** Header texts as written (stray spaces removed) with their recognised roles. */
  columns: z.array(z.object({ name: z.string(), role: ColumnRole })),
  rows: z.array(TableRow),
  /** Notes printed under the table ("注：1.★：…"). */
  notes: z.array(z.string()),
  /** 1-based source line of the header. */
  line: z.number().int().positive(),
});

/** Any block of a plan's body, in document order. */
export const Block = z.discriminatedUnion('type', [HeadingBlock, ParagraphBlock, MeasureBlock, TableBlock]);

/** Facts about a plan, from its text plus the national gazetteer and the curated regions file. */
export const PlanMeta = z.object({
  /** The plan's own title ("资阳市创建一流营商环境2021年行动方案"), stray spaces removed. */
  title: z.string().min(1),
  /** Title of the covering notice ("关于印发…的通知"), if the file has one. */
  noticeTitle: z.string().nullable(),
  /** Issuing office (发文机关); for a joint notice the main one, i.e. the first of `issuers`
   *  (kept as a single string for compatibility with older consumers). */
  issuer: z.string().nullable(),
  /** Every issuing office in the order printed: one for most plans, two or more for a joint
   *  notice ("中共XX区委办公室", "XX区人民政府办公室"); empty when the text names none. */
  issuers: z.array(z.string().min(1)),
  /** Document number (文号), normalised: "川办发〔2021〕17号". */
  docNumber: z.string().nullable(),
  /** Issue date (成文 or 印发 date), ISO. */
  issueDate: IsoDate.nullable(),
  /** The signature date as written when it does not resolve to one date (extraction ran the
   *  digits together: "2019116" is 2019-11-06 or 2019-01-16); null when `issueDate` is set or no date. */
  issueDateRaw: z.string().nullable(),
  /** Region the plan governs, its most specific division named in issuer/title/文号 ("青羊区", "资阳市"); "未注明" when the text names none. */
  region: z.string().min(1),
  /** Prefecture-level parent of a county-level region ("成都市" for 青羊区); null for a province or prefecture, under a 直辖市 (巫山县), for 省直辖 units, or when unknown. */
  city: z.string().min(1).nullable(),
  /** Province-level unit the region belongs to (itself for a province); "未注明" when unknown. */
  province: z.string().min(1),
  /** Government level (GB/T 2260: 省/自治区/直辖市, 地级市/自治州/盟/地区, 县/县级市/市辖区/旗); null when unknown. */
  level: Level.nullable(),
  /** GB/T 2260 code of the region ("510105"), from the gazetteer; null for an ambiguous or unknown name. */
  divisionCode: z.string().regex(/^\d{6}$/).nullable(),
  /** The year the plan is for (used to resolve "6月底前"); for a multi-year plan its first year,
   *  under which it sorts ("（2023—2025年）" → 2023); null when the text names none. */
  year: z.number().int().min(1990).max(2100).nullable(),
  /** Last year of a multi-year plan ("三年行动计划（2023—2025年）" → 2025); null for a one-year plan. */
  yearEnd: z.number().int().min(1990).max(2100).nullable(),
});

/** A problem found in a source file that did not stop the build. */
export const Warning = z.object({
  file: z.string(),
  line: z.number().int().positive().nullable(),
  message: z.string(),
});

/** A metadata field of `PlanMeta` the parse report checks. */
export const MetaField = z.enum(['title', 'issuer', 'docNumber', 'issueDate', 'region', 'province', 'level', 'year']);

/** What the build recognised in one source file: the "整理说明" of a plan page and `npm run check:plan`. */
export const ParseReport = z.object({
  /** Metadata fields the text gave a value for, in `MetaField` order. */
  metaFound: z.array(MetaField),
  /** Metadata fields left empty (a title falling back to the file name counts as missing). */
  metaMissing: z.array(MetaField),
  /** Measures found, in running text and in tables. */
  measures: z.number().int().nonnegative(),
  /** Measures with at least one lead unit (牵头单位 / 责任单位). */
  withLeads: z.number().int().nonnegative(),
  /** Measures naming other units (配合单位 / …负责). */
  withPartners: z.number().int().nonnegative(),
  /** Measures with at least one deadline (完成时限). */
  withDeadlines: z.number().int().nonnegative(),
  /** Appendix tables rebuilt. */
  tables: z.number().int().nonnegative(),
  /** Rows of those tables, group rows included. */
  tableRows: z.number().int().nonnegative(),
  /** Measures that are numbered table rows. */
  tableMeasures: z.number().int().nonnegative(),
  /** Artefacts removed, by kind (as `Plan.artefacts`), sorted by kind. */
  artefacts: z.record(z.string(), z.number().int().nonnegative()),
  /** Warnings of the file: line (null = whole file) and message. */
  warnings: z.array(z.object({
    /** 1-based source line, or null. */
    line: z.number().int().positive().nullable(),
    /** What was found and what was expected. */
    message: z.string(),
  })),
  /** Lines with a numbered-item label or a duty marker that became neither a measure, a heading nor part of one or of a table. */
  unplaced: z.array(z.object({
    /** 1-based source line. */
    line: z.number().int().positive(),
    /** label = the line starts with an item label ("3．"); marker = it carries a duty marker ("责任单位："). */
    kind: z.enum(['label', 'marker']),
    /** The line's start, trimmed, at most 40 characters, so the reader recognises it. */
    excerpt: z.string(),
  })),
});

/** One plan: metadata, structured body and measures. */
export const Plan = z.object({
  /** Stable ASCII slug: `<region pinyin>-<year>`, e.g. "leshan-2023". */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Source file name inside the seeds folder. */
  sourceFile: z.string(),
  /** sha256 of the source bytes, hex; lets the site link the exact original. */
  sourceSha256: z.string().regex(/^[0-9a-f]{64}$/),
  meta: PlanMeta,
  /** Body in document order. */
  blocks: z.array(Block),
  /** Measures in order; `n` runs 1..length. */
  measures: z.array(Measure),
  /** Section goals with targets, in document order. */
  goals: z.array(Goal),
  /** Artefacts removed from this plan, counted by kind (see README, "Fidelity"). */
  artefacts: z.record(z.string(), z.number().int().nonnegative()),
  warnings: z.array(Warning),
  /** What the build recognised and missed in the source (see ParseReport). */
  report: ParseReport,
});

export type Level = z.infer<typeof Level>;
export type Deadline = z.infer<typeof Deadline>;
export type Measure = z.infer<typeof Measure>;
export type Goal = z.infer<typeof Goal>;
export type HeadingBlock = z.infer<typeof HeadingBlock>;
export type ParagraphBlock = z.infer<typeof ParagraphBlock>;
export type ParagraphRole = z.infer<typeof ParagraphRole>;
export type MeasureBlock = z.infer<typeof MeasureBlock>;
export type ColumnRole = z.infer<typeof ColumnRole>;
export type TableRow = z.infer<typeof TableRow>;
export type TableBlock = z.infer<typeof TableBlock>;
export type Block = z.infer<typeof Block>;
export type PlanMeta = z.infer<typeof PlanMeta>;
export type Warning = z.infer<typeof Warning>;
export type Plan = z.infer<typeof Plan>;
export type MetaField = z.infer<typeof MetaField>;
export type ParseReport = z.infer<typeof ParseReport>;

/** One line of a decoded source file, before parsing. */
export const SourceLine = z.object({
  /** 1-based line number in the source file. */
  n: z.number().int().positive(),
  /** Line text with the line ending removed (CR/LF normalised away). */
  text: z.string(),
});
export type SourceLine = z.infer<typeof SourceLine>;
