import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MEASURE_COLUMNS, type MeasureRecord } from '../../src/lib/data/measure-record.ts';
import { TARGET_COLUMNS, type TargetRecord } from '../../src/lib/data/target-records.ts';
import { parseCsv } from '../unit/data/parse-csv.ts';
import { site } from './browser.ts';

// The comparison data as published: JSON, and CSV twins a spreadsheet opens with correct Chinese,
// both gzip-compressed and served as a download (application/gzip, no Content-Encoding).
describe('published data', () => {
  const fetchBytes = async (path: string) => {
    const res = await fetch(site(path));
    expect(res.headers.get('content-type'), path).toBe('application/gzip');
    expect(res.headers.get('content-encoding'), path).toBeNull();
    return new Uint8Array(gunzipSync(new Uint8Array(await res.arrayBuffer())));
  };
  const fetchJson = async (path: string) => JSON.parse(new TextDecoder().decode(await fetchBytes(path))) as unknown;
  it('measures.json has indicators (primary first) and evidence; measures.csv starts with the BOM and parses back to it', async () => {
    const json = (await fetchJson('/data/measures.json.gz')) as MeasureRecord[];
    expect(json.every((m) => m.indicators.length > 0 && Array.isArray(m.evidence))).toBe(true);
    const bytes = await fetchBytes('/data/measures.csv.gz');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
    expect(header).toEqual(MEASURE_COLUMNS.map(([n]) => n));
    expect(rows).toEqual(json.map((r) => MEASURE_COLUMNS.map(([, get]) => String(get(r) ?? ''))));
  });
  it('targets.json and targets.csv hold the same rows', async () => {
    const json = (await fetchJson('/data/targets.json.gz')) as TargetRecord[];
    expect(json.find((t) => t.metric === 'electricity-low-voltage-time' && t.plan === 'wushan-2021')).toMatchObject({ value: 8, unit: '工作日', measure: 'wushan-2021-m6', url: '/plans/wushan-2021/#m6' });
    const bytes = await fetchBytes('/data/targets.csv.gz');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
    expect(header).toEqual(TARGET_COLUMNS.map(([n]) => n));
    expect(rows).toEqual(json.map((r) => TARGET_COLUMNS.map(([, get]) => String(get(r) ?? ''))));
  });
});
