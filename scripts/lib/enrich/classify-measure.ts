/**
 * Which indicators a measure concerns, and why. Two kinds of plan, one rule set:
 *
 * 1. A heading above the measure names an indicator (自贡 "（一）开办企业〔…〕", 资阳 "四、获得用水用气
 *    (牵头领导:吴勇)", also general's "三、保障措施"): that indicator is primary (the innermost such
 *    heading first), evidence kind 'heading'. The author placed the measure, so other indicators are
 *    added only on strong keywords: score ≥ SECONDARY_MIN with one clause ≥ CLAUSE_MIN. 资阳 row 30
 *    under 办理建筑许可 ("优化水、电、气等公共服务报装接入流程…") scores 6 for water-gas and electricity
 *    and gets both; 自贡's 登记财产 "…与水、电、气、有线电视等市政公用设施同步过户" scores 2 and stays a
 *    registering-property measure (同步过户 is part of that indicator).
 * 2. Otherwise (四川, 乐山, most of 巫山) the lexicon decides clause by clause: every indicator with a
 *    clause scoring ≥ CLAUSE_MIN is listed with its clauses. Primary = highest of text score plus
 *    twice the innermost heading's score for it (the section heading names the measure's topic as a
 *    run-in title does: 巫山's "优化办理方式…全程网上办理…供水供电供气企业提前介入" under "（二）优化
 *    水电气接入服务" is a utilities measure first; 四川 "(六)提升不动产登记效率" puts "推广使用不动产
 *    登记电子证照" under property first); ties go to the higher text score (四川 row 55 under "(五)优化
 *    投资和工程项目审批" stays electricity), then the first evidence clause, then taxonomy order.
 *    A heading inside the named one with a core term of another indicator sends the measure here too.
 *    If the text has no qualifying clause, any keyword of the innermost heading decides (四川 rows
 *    under "(八)构建新型监管模式" are market regulation); failing that, general's own terms (督查,
 *    组织领导…); failing that, "general" with no evidence.
 */
import type { Classification, Evidence, Lexicon, Taxonomy } from '../../../src/model/compare.ts';
import { headingCore } from './heading-core.ts';
import { matchHeading } from './match-heading.ts';
import { CLAUSE_MIN, scoreKeywords, type KeywordScore } from './score-keywords.ts';

/** Keyword score an extra indicator needs when a heading already named one. */
export const SECONDARY_MIN = 4;

/** What the classifier reads from a measure. */
export interface MeasureInput {
  path: string[];
  title: string | null;
  text: string;
}

const GENERAL = 'general';

function keywordEvidence(indicator: string, s: KeywordScore): Evidence {
  return { indicator, kind: 'keywords', keywords: s.keywords, sentences: s.sentences };
}

/** Indicator ids of `scores` with total ≥ `min` and a clause ≥ `clauseMin`, best first (see 2. above). */
function ranked(scores: Map<string, KeywordScore>, min: number, clauseMin: number, heading: Map<string, KeywordScore>, taxonomy: Taxonomy): string[] {
  const order = (id: string) => taxonomy.indicators.findIndex((i) => i.id === id);
  const text = (id: string) => scores.get(id)!.total;
  const key = (id: string) => text(id) + 2 * (heading.get(id)?.total ?? 0);
  return [...scores.entries()]
    .filter(([id, s]) => id !== GENERAL && order(id) >= 0 && s.total >= min && s.best >= clauseMin)
    .map(([id]) => id)
    .sort((a, b) => key(b) - key(a) || text(b) - text(a) || scores.get(a)!.first - scores.get(b)!.first || order(a) - order(b));
}

/** Per lexicon, keyword scores of each innermost heading: every measure of a section asks for the same one. Read only. */
const headingMemo = new WeakMap<Lexicon, Map<string, Map<string, KeywordScore>>>();

function headingScores(heading: string, lexicon: Lexicon): Map<string, KeywordScore> {
  let memo = headingMemo.get(lexicon);
  if (!memo) headingMemo.set(lexicon, (memo = new Map()));
  let scores = memo.get(heading);
  if (!scores) memo.set(heading, (scores = scoreKeywords(headingCore(heading), null, lexicon, 1)));
  return scores;
}

/** Weight of a term that names an indicator or its core procedure ("互联网+监管", "施工许可"). */
const CORE_WEIGHT = 3;

/**
 * Headings naming an indicator, innermost first, one evidence per indicator. A heading below the
 * innermost naming one that carries a core term of another indicator is the measure's real topic:
 * 渝北 "（一）优化政务服务" › "2．深化“互联网+监管”" › "（1）推行以信用为基础的分级分类监管" is market
 * regulation, so the outer heading is not used (none returned; the keywords decide, see 2.).
 */
function namedHeadings(path: string[], taxonomy: Taxonomy, lexicon: Lexicon): Evidence[] {
  const named: Evidence[] = [];
  const topics = new Set<string>();
  for (const heading of [...path].reverse()) {
    const id = matchHeading(heading, taxonomy);
    if (id === null) {
      if (named.length === 0) for (const [k, s] of headingScores(heading, lexicon)) if (k !== GENERAL && s.best >= CORE_WEIGHT) topics.add(k);
    } else if (!named.some((e) => e.indicator === id)) named.push({ indicator: id, kind: 'heading', heading });
  }
  return named.length > 0 && [...topics].some((k) => k !== named[0]!.indicator) ? [] : named;
}

/** Indicators of a measure, primary first, with the evidence for each. */
export function classifyMeasure(m: MeasureInput, taxonomy: Taxonomy, lexicon: Lexicon): Classification {
  const keywords = scoreKeywords(m.text, m.title, lexicon);

  const named = namedHeadings(m.path, taxonomy, lexicon);
  if (named.length > 0) {
    const extra = ranked(keywords, SECONDARY_MIN, CLAUSE_MIN, new Map(), taxonomy).filter((id) => !named.some((e) => e.indicator === id));
    const evidence = [...named, ...extra.map((id) => keywordEvidence(id, keywords.get(id)!))];
    return { indicators: evidence.map((e) => e.indicator), evidence };
  }

  const inner = m.path.at(-1);
  const context = inner === undefined ? new Map<string, KeywordScore>() : headingScores(inner, lexicon);
  const found = ranked(keywords, CLAUSE_MIN, CLAUSE_MIN, context, taxonomy);
  if (found.length > 0) {
    const evidence = found.map((id) => keywordEvidence(id, keywords.get(id)!));
    return { indicators: found, evidence };
  }
  const fromHeading = ranked(context, 1, 1, new Map(), taxonomy);
  if (fromHeading.length > 0) {
    const evidence = fromHeading.map((id): Evidence => ({ indicator: id, kind: 'keywords', heading: inner!, keywords: context.get(id)!.keywords }));
    return { indicators: fromHeading, evidence };
  }
  const general = keywords.get(GENERAL);
  if (general !== undefined && general.best >= CLAUSE_MIN) {
    return { indicators: [GENERAL], evidence: [keywordEvidence(GENERAL, general)] };
  }
  return { indicators: [GENERAL], evidence: [] };
}
