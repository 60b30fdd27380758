import { describe, expect, it } from 'vitest';
import { parseEnrichContent } from '../../../scripts/lib/enrich/parse-enrich-content.ts';
import { content, raw } from './content.ts';

const IDS = [
  'starting-business', 'labor-market', 'construction-permits', 'government-procurement', 'bidding', 'electricity',
  'water-gas', 'registering-property', 'getting-credit', 'protecting-investors', 'intellectual-property',
  'cross-border-trade', 'paying-taxes', 'enforcing-contracts', 'resolving-insolvency', 'market-regulation',
  'government-services', 'inclusive-innovation', 'land', 'telecom', 'private-economy', 'general',
];

describe('content/indicators.json', () => {
  it('has the 18 national indicators, Sichuan’s three additions and general, in that order', () => {
    expect(content.taxonomy.indicators.map((i) => i.id)).toEqual(IDS);
    const origins = content.taxonomy.indicators.map((i) => i.origin);
    expect(origins.filter((o) => o === 'national')).toHaveLength(18);
    expect(content.taxonomy.indicators.filter((i) => i.origin === 'sichuan').map((i) => i.zh)).toEqual(['获得用地', '获得通信', '民营经济']);
  });

  it('names every indicator as the evaluation does', () => {
    const zh = Object.fromEntries(content.taxonomy.indicators.map((i) => [i.id, i.zh]));
    expect(zh['intellectual-property']).toBe('知识产权创造、保护和运用');
    expect(zh['water-gas']).toBe('获得用水用气');
    expect(zh['labor-market']).toBe('劳动力市场监管');
  });
});

describe('content/indicator-lexicon.json', () => {
  it('has one entry per indicator, in taxonomy order', () => {
    expect(content.lexicon.entries.map((e) => e.indicator)).toEqual(IDS);
  });

  it('guards electricity against 电子 (电子证照, 使用电子营业执照)', () => {
    const electricity = content.lexicon.entries.find((e) => e.indicator === 'electricity')!;
    expect(electricity.guards).toContain('电子');
  });
});

describe('content/metrics.json', () => {
  it('covers the headline metrics of the brief', () => {
    const ids = content.metrics.metrics.map((m) => m.id);
    for (const id of [
      'starting-business-time', 'electricity-low-voltage-time', 'electricity-high-voltage-time', 'electricity-outage-hours',
      'water-gas-water-time', 'water-gas-gas-time', 'registering-property-transfer-time', 'registering-property-mortgage-time',
      'paying-taxes-payments', 'paying-taxes-time', 'paying-taxes-export-refund-time', 'paying-taxes-vat-refund-time',
      'construction-permits-small-low-risk-time', 'construction-permits-general-time', 'government-procurement-contract-days',
      'government-procurement-payment-days', 'cross-border-trade-clearance-time', 'government-services-online-availability',
      'government-services-full-online', 'government-services-one-thing-count',
    ]) expect(ids).toContain(id);
  });
});

describe('parseEnrichContent', () => {
  it('accepts the committed files', () => {
    expect(() => parseEnrichContent(raw)).not.toThrow();
  });

  it('names the file and the problem when a lexicon entry points at an unknown indicator', () => {
    const lexicon = structuredClone(raw.lexicon) as { entries: Array<{ indicator: string }> };
    lexicon.entries[0]!.indicator = 'opening-a-shop';
    expect(() => parseEnrichContent({ ...raw, lexicon })).toThrow(
      /content\/indicator-lexicon\.json: entry for unknown indicator "opening-a-shop"[\s\S]*no entry for indicator "starting-business"/,
    );
  });

  it('rejects a metric pattern that is not a regular expression', () => {
    const metrics = structuredClone(raw.metrics) as { metrics: Array<{ patterns: string[] }> };
    metrics.metrics[0]!.patterns = ['开办(企业'];
    expect(() => parseEnrichContent({ ...raw, metrics })).toThrow(/metric "starting-business-time" has invalid pattern \/开办\(企业\//);
  });

  it('reports schema violations with their path', () => {
    const taxonomy = structuredClone(raw.taxonomy) as { indicators: Array<{ headingMatch: string }> };
    taxonomy.indicators[1]!.headingMatch = 'fuzzy';
    expect(() => parseEnrichContent({ ...raw, taxonomy })).toThrow(/content\/indicators\.json is not valid: indicators\.1\.headingMatch/);
  });
});
