/**
 * One synthetic plan: a real seed as template, every measure body replaced by a body of the
 * same shape drawn from any seed, and the seed's region names and 文号 replaced by made-up ones,
 * so the pipeline parses it like a real plan with its own region, slug and 文号.
 */
import { pick } from './prng.ts';
import type { RegionName } from './real-regions.ts';
import { slotOf, type Slot } from './recombine-slots.ts';

/** What the pipeline found in a seed that the synthetic copy must not repeat. */
export interface Template {
  text: string;
  /** Region named by the plan, with suffix: "资阳市". */
  region: string;
  docNumber: string | null;
}

/** Region without its administrative suffix: "资阳市" → "资阳". */
export const stemOf = (region: string): string => region.replace(/(省|市|县|区|自治州|州)$/, '');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The synthetic text. `regions` are the regions of all seeds: a body drawn from another seed
 * names that seed's region, which becomes the plan's own too. `to` is the plan's region: a
 * made-up stem ("测甲乙") takes the template's suffix, so a county stays a county; a real
 * region ({ name: "青羊区", stem: "青羊" }) is written as it is.
 */
export function synthPlan(t: Template, regions: readonly string[], pools: ReadonlyMap<Slot['key'], readonly string[]>, rand: () => number, to: string | RegionName, serial: number): string {
  const { name, stem } = typeof to === 'string' ? { name: `${to}${t.region.slice(stemOf(t.region).length)}`, stem: to } : to;
  let text = t.text;
  if (t.docNumber) {
    // The 文号 as written may carry stray spaces ("川办发〔2021〕17 号"); its year stays.
    const written = new RegExp([...t.docNumber].map(escape).join('\\s*'), 'g');
    text = text.replace(written, `${stem}府办发〔${/〔(\d{4})〕/.exec(t.docNumber)?.[1] ?? '2021'}〕${serial}号`);
  }
  text = text.split('\n').map((line) => {
    const s = slotOf(line);
    return s ? `${s.prefix}${pick(rand, pools.get(s.key) ?? [s.body])}${s.suffix}` : line;
  }).join('\n');
  // Longest names first, so "四川省" is replaced before a stem such as "四川" could cut it.
  for (const r of [...regions].sort((a, b) => b.length - a.length)) text = text.replaceAll(r, name);
  for (const r of [...regions].map(stemOf).sort((a, b) => b.length - a.length)) text = text.replaceAll(r, stem);
  return text;
}
