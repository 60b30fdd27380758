/**
 * Which headline metric a target feeds, so that 资阳's "开办企业4个工作小时办结" and 自贡's "“一日办结”"
 * land in the same column. A metric must belong to one of the measure's indicators and have the
 * target's unit family. Its patterns are tried on the target's subject first; a subject like "审批"
 * (四川 row 52: "对社会投资的小型低风险仓库…，…，审批压减至50个工作日") says too little, so then on the
 * comma chunks of the sentence walking back from the target: the chunk holding the target, then
 * earlier ones, stopping after a chunk that states another number (its context is another target's).
 * A guard matching the same text vetoes the metric there ("未实行“三零”服务的低压非居民用户…" is not
 * the 三零 low-voltage metric). The first metric listed wins.
 */
import type { Metric, Metrics, TargetMention } from '../../../src/model/compare.ts';
import { unitFamily } from './target-units.ts';

const matches = (sources: string[], text: string) => sources.some((s) => new RegExp(s, 'u').test(text));

function pick(candidates: Metric[], text: string): Metric | undefined {
  return candidates.find((m) => matches(m.patterns, text) && !matches(m.guards, text));
}

/** Comma chunks of `sentence` up to the end of `quote`, last first (parentheses kept whole). */
function chunksBefore(sentence: string, quote: string): string[] {
  const at = sentence.indexOf(quote);
  const upto = at < 0 ? sentence : sentence.slice(0, at + quote.length);
  const chunks: string[] = [];
  let current = '';
  let depth = 0;
  for (const ch of upto) {
    if ('（(“'.includes(ch)) depth++;
    else if ('）)”'.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && '，,；;：:。'.includes(ch)) {
      chunks.push(current);
      current = '';
    } else current += ch;
  }
  chunks.push(current);
  return chunks.filter((c) => c.trim() !== '').reverse();
}

/** Id of the metric `target` (read from `sentence`) feeds, given the measure's indicators; null if none. */
export function matchMetric(indicatorIds: string[], target: TargetMention, sentence: string, metrics: Metrics): string | null {
  const family = unitFamily(target.unit);
  const candidates = metrics.metrics.filter((m) => indicatorIds.includes(m.indicator) && m.unitFamily === family);
  if (candidates.length === 0) return null;
  const bySubject = pick(candidates, target.subject.replace(/\s+/gu, ''));
  if (bySubject) return bySubject.id;
  for (const [i, raw] of chunksBefore(sentence, target.quote).entries()) {
    const chunk = raw.replace(/\s+/gu, '');
    const found = pick(candidates, chunk);
    if (found) return found.id;
    if (i > 0 && /\d/u.test(chunk)) break;
  }
  return null;
}
