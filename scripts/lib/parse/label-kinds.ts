/**
 * The item labels plans number their text with, one entry per kind (layouts as data). `rank`
 * orders kinds from outermost to innermost, the order national plans nest them in:
 * 第一部分 > 第一章 > 第一节 > 一、 > 第一条 > （一） > 1． > （1） > 1） > ① > "——" bullets.
 * Full-width and half-width forms are one kind: the seeds mix "（一）"/"(一)", "1．"/"1."/"1、".
 */
export interface LabelKind {
  /** Name of the kind ("chapter", "cn-comma", "article", …). */
  kind: string;
  /** Nesting order: a smaller rank encloses a larger one. */
  rank: number;
  /** A line of this layout (documentation, and the kind's unit test). */
  example: string;
  /** Matches the label and the spaces after it at the start of a line; group 1 is the number. */
  pattern: RegExp;
  /** False for bullets ("——坚持…"): items, but not numbered, so never headings by position. */
  numbered: boolean;
  /** Each item is a whole measure once the kind numbers three: labels inside it are its text. */
  whole?: true;
}

/** Chinese numerals up to 999, as written in labels. */
const CN = '[零〇一二两三四五六七八九十百]+';
/** Arabic numbers of one to three digits, half or full width (years "2021、" are not labels). */
const AR = '[0-9０-９]{1,3}';
/**
 * After "1." "1．" "1、": not a decimal or date — "5.5次", "4.26知识产权宣传周", "1.5倍", "1、2月" —
 * i.e. no one to three digits followed by a non-digit; "16．2021年…" (a year after the label) passes.
 */
const NOT_DECIMAL = '(?![0-9０-９]{1,3}(?![0-9０-９]))';
/** After "3．" a month is the text of the item, not a decimal: "3．10月底前实现…" (but "1、2月" stays a list of months). */
const DOT_THEN = '(?:[.．](?![0-9０-９]{1,3}(?![0-9０-９月]))|、' + NOT_DECIMAL + ')';

/** Every label kind, outermost first. */
export const LABEL_KINDS: readonly LabelKind[] = [
  // "第一部分 总体要求" — the outermost parts of long plans.
  { kind: 'part', rank: 5, example: '第二部分 重点任务', pattern: new RegExp(`^第\\s*(${CN}|${AR})\\s*部分\\s*`, 'u'), numbered: true },
  // "第一章 总则" — chapters of 若干措施 / 条例-style plans.
  { kind: 'chapter', rank: 10, example: '第一章 总则', pattern: new RegExp(`^第\\s*(${CN}|${AR})\\s*章\\s*`, 'u'), numbered: true },
  // "第一节 优化政务服务" — sections inside a chapter.
  { kind: 'section', rank: 15, example: '第一节 优化政务服务', pattern: new RegExp(`^第\\s*(${CN}|${AR})\\s*节\\s*`, 'u'), numbered: true },
  // "一、总体要求", "二十一、民营经济", "一．总体要求".
  { kind: 'cn-comma', rank: 20, example: '一、总体要求', pattern: new RegExp(`^(${CN})\\s*[、.．]\\s*`, 'u'), numbered: true },
  // "第一条 压缩企业开办时间。…" — each article of a 若干措施 plan is one measure.
  { kind: 'article', rank: 25, example: '第三条 压缩企业开办时间。', pattern: new RegExp(`^第\\s*(${CN}|${AR})\\s*条\\s*`, 'u'), numbered: true, whole: true },
  // "（一）激发市场主体活力。" "(三) 获得电力" "（ 一 ）优化…".
  { kind: 'cn-paren', rank: 30, example: '（一）激发市场主体活力。', pattern: new RegExp(`^[（(]\\s*(${CN})\\s*[）)]\\s*`, 'u'), numbered: true },
  // "1．优化开办企业服务。" "1.目标任务。" "1、…" "1 、…" "１．…".
  { kind: 'arabic-dot', rank: 40, example: '1．优化开办企业服务。', pattern: new RegExp(`^(${AR})\\s*${DOT_THEN}\\s*`, 'u'), numbered: true },
  // "（1）实行审核合一" "(1) 在自贸先行区…".
  { kind: 'arabic-paren', rank: 50, example: '（1）实行“审核合一”', pattern: new RegExp(`^[（(]\\s*(${AR})\\s*[）)]\\s*`, 'u'), numbered: true },
  // "1）推行全程网办" "1) 推行…" — half bracket, one level below "（1）" where both occur.
  { kind: 'arabic-half-paren', rank: 55, example: '1）推行全程网办。', pattern: new RegExp(`^(${AR})\\s*[）)]\\s*`, 'u'), numbered: true },
  // "①市政务服务…".
  { kind: 'circled', rank: 60, example: '①市政务服务中心', pattern: /^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*/u, numbered: true },
  // "——坚持市场化、法治化、国际化原则。" — principles and lists; a measure only with its own marker.
  { kind: 'dash', rank: 70, example: '——坚持市场化、法治化、国际化。', pattern: /^(——|－－|--)(?![-—－])\s*(?=\S)/u, numbered: false },
];
