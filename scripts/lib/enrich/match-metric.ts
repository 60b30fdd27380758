/**
 * Which headline metric a target feeds, so that 资阳's "开办企业4个工作小时办结" and 自贡's "“一日办结”"
 * land in the same column. A metric must belong to one of the measure's indicators and have the
 * target's unit family. Its patterns are tried on the target's subject; a guard matching the subject
 * vetoes the metric ("未实行“三零”服务的低压非居民用户…" is not the 三零 low-voltage metric).
 * A bare subject ("审批", "审批时间") says too little: 四川 row 52 reads "对社会投资的小型低风险仓库…，
 * …，审批压减至50个工作日", 自贡 "其中社会投资小型低风险仓库…审批环节压减至 15 个以内，审批时间压减至
 * 20 个工作日以内". Only then the comma chunks of the sentence are tried, walking back from the one
 * holding the target and stopping after a chunk that states another number; a guard vetoes there
 * only in the target's own chunk. A subject with content of its own ("“最多跑一次”事项达95%") never
 * borrows from its neighbours. The first metric listed wins.
 */
import type { Metric, Metrics, TargetMention } from '../../../src/model/compare.ts';
import { unitFamily } from './target-units.ts';

const matches = (sources: string[], text: string) => sources.some((s) => new RegExp(s, 'u').test(text));
const BARE_SUBJECT = /^(?:审批|办理|审核|报装|受理|验收)?总?(?:时间|时限|用时|时长|环节|期限)?$/u;

function pick(candidates: Metric[], text: string, guarded: string): Metric | undefined {
  return candidates.find((m) => matches(m.patterns, text) && !matches(m.guards, guarded));
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
  const subject = target.subject.replace(/\s+/gu, '');
  const bySubject = pick(candidates, subject, subject);
  if (bySubject || !BARE_SUBJECT.test(subject)) return bySubject?.id ?? null;
  for (const [i, raw] of chunksBefore(sentence, target.quote).entries()) {
    const chunk = raw.replace(/\s+/gu, '');
    const found = pick(candidates, chunk, i === 0 ? chunk : subject);
    if (found) return found.id;
    if (i > 0 && /\d/u.test(chunk)) break;
  }
  return null;
}
