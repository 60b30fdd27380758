import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../../scripts/lib/ingest/decode-source.ts';
import { splitLines } from '../../../scripts/lib/ingest/split-lines.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeSource', () => {
  it('UTF-8 without BOM', () => {
    expect(decodeSource('a.txt', utf8('营商环境'))).toEqual({ text: '营商环境', encoding: 'utf-8' });
  });
  it('UTF-8 with BOM: the BOM is dropped', () => {
    expect(decodeSource('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('方案')]))).toEqual({ text: '方案', encoding: 'utf-8-bom' });
  });
  it('UTF-16 LE with BOM', () => {
    expect(decodeSource('a.txt', new Uint8Array([0xff, 0xfe, 0x25, 0x84, 0x46, 0x55]))).toEqual({ text: '营商', encoding: 'utf-16le' });
  });
  it('GB18030 / GBK bytes are detected', () => {
    // "营商环境" in GBK: D3AA C9CC BBB7 BEB3
    expect(decodeSource('a.txt', new Uint8Array([0xd3, 0xaa, 0xc9, 0xcc, 0xbb, 0xb7, 0xbe, 0xb3]))).toEqual({ text: '营商环境', encoding: 'gb18030' });
  });
  it('rejects empty, binary and undecodable files with file, line and reason', () => {
    expect(() => decodeSource('e.txt', new Uint8Array())).toThrow('e.txt: the file is empty (0 bytes); expected the text of a plan');
    expect(() => decodeSource('b.txt', new Uint8Array([0x41, 0x0a, 0x42, 0x00]))).toThrow(/^b\.txt:2: looks like a binary file \(1 control byte such as 0x00\)/);
    // 0xFF is neither UTF-8 nor GB18030.
    expect(() => decodeSource('u.txt', new Uint8Array([0x41, 0x0a, 0x0a, 0xff]))).toThrow(/^u\.txt:3: cannot be decoded/);
  });
});

describe('splitLines', () => {
  it('treats CRLF, CR and LF alike and counts the conversions', () => {
    expect(splitLines('a\r\nb\rc\nd\n')).toEqual({ lines: [{ n: 1, text: 'a' }, { n: 2, text: 'b' }, { n: 3, text: 'c' }, { n: 4, text: 'd' }], crlf: 2 });
  });
  it('keeps a last line without newline (四川 seed)', () => {
    expect(splitLines('a\nb').lines.map((l) => l.text)).toEqual(['a', 'b']);
  });
});
