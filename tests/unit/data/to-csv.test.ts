import { describe, expect, it } from 'vitest';
import { BOM, csvField, toCsv } from '../../../src/lib/data/to-csv.ts';
import { parseCsv } from './parse-csv.ts';

describe('csvField (RFC 4180 quoting)', () => {
  it('leaves plain text, Chinese and numbers as they are', () => {
    expect(csvField('市市场监管局')).toBe('市市场监管局');
    expect(csvField(5.5)).toBe('5.5');
    expect(csvField(null)).toBe('');
    // Full-width commas and quotes are ordinary characters, not CSV syntax.
    expect(csvField('由20个工作日压缩至15个工作日，实现“一日办结”')).toBe('由20个工作日压缩至15个工作日，实现“一日办结”');
  });
  it('quotes fields with a comma, a quote, a CR or an LF, and doubles the quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('他说"好"')).toBe('"他说""好"""');
    expect(csvField('第一段\n第二段')).toBe('"第一段\n第二段"');
    expect(csvField('x\r\ny')).toBe('"x\r\ny"');
    expect(csvField('"')).toBe('""""');
  });
});

describe('toCsv', () => {
  it('starts with the BOM, ends every record with CRLF', () => {
    const csv = toCsv(['id', 'text'], [['m1', '开办企业'], ['m2', null]]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}id,text\r\nm1,开办企业\r\nm2,\r\n`);
    // The BOM is one code point, three bytes in UTF-8: EF BB BF.
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
  it('parses back to the same rows, whatever the fields hold', () => {
    const rows = [
      ['zigong-2021-m3', '在高新区探索试点“企业身份码”改革工作。\n（市市场监管局牵头）', '市市场监管局|高新区管委会'],
      ['a"b', 'x,y', ''],
      ['', '"', ',\r\n,'],
    ];
    expect(parseCsv(toCsv(['id', 'text', 'leads'], rows))).toEqual([['id', 'text', 'leads'], ...rows]);
  });
  it('refuses a row with the wrong number of fields', () => {
    expect(() => toCsv(['a', 'b'], [['1']])).toThrow(/row 1 has 1 fields; expected 2/);
  });
});
