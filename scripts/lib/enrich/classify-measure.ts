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
 *    clause scoring ≥ CLAUSE_MIN is listed with its clauses. Primary = highest keyword score, the
 *    innermost heading's own keywords added as a tie-breaker (四川 "(六)提升不动产登记效率" makes
 *    "推广使用不动产登记电子证照" property before government services); then first evidence clause;
 *    then taxonomy order. If the text has no qualifying clause, the innermost heading's keywords
 *    decide (巫山 "实现外线工程“零投资”" under "（二）优化水电气接入服务"); failing that, general's own
 *    terms (督查, 组织领导…); failing that, "general" with no evidence.
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

/** Indicator ids of `scores` passing `min`, best first. */
function ranked(scores: Map<string, KeywordScore>, min: number, bonus: Map<string, KeywordScore>, taxonomy: Taxonomy): string[] {
  const order = (id: string) => taxonomy.indicators.findIndex((i) => i.id === id);
  const key = (id: string) => scores.get(id)!.total + (bonus.get(id)?.total ?? 0);
  return [...scores.entries()]
    .filter(([id, s]) => id !== GENERAL && order(id) >= 0 && s.total >= min && s.best >= CLAUSE_MIN)
    .map(([id]) => id)
    .sort((a, b) => key(b) - key(a) || scores.get(a)!.first - scores.get(b)!.first || order(a) - order(b));
}

/** Indicators of a measure, primary first, with the evidence for each. */
export function classifyMeasure(m: MeasureInput, taxonomy: Taxonomy, lexicon: Lexicon): Classification {
  const keywords = scoreKeywords(m.text, m.title, lexicon);

  // Headings naming an indicator, innermost first; one evidence per indicator.
  const named: Evidence[] = [];
  for (const heading of [...m.path].reverse()) {
    const id = matchHeading(heading, taxonomy);
    if (id !== null && !named.some((e) => e.indicator === id)) named.push({ indicator: id, kind: 'heading', heading });
  }
  if (named.length > 0) {
    const extra = ranked(keywords, SECONDARY_MIN, new Map(), taxonomy).filter((id) => !named.some((e) => e.indicator === id));
    const evidence = [...named, ...extra.map((id) => keywordEvidence(id, keywords.get(id)!))];
    return { indicators: evidence.map((e) => e.indicator), evidence };
  }

  const inner = m.path.at(-1);
  const context = inner === undefined ? new Map<string, KeywordScore>() : scoreKeywords(headingCore(inner), null, lexicon);
  const found = ranked(keywords, CLAUSE_MIN, context, taxonomy);
  if (found.length > 0) {
    const evidence = found.map((id) => keywordEvidence(id, keywords.get(id)!));
    return { indicators: found, evidence };
  }
  const fromHeading = ranked(context, CLAUSE_MIN, new Map(), taxonomy);
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
