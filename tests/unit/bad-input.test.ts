import { describe, expect, it } from 'vitest';
import { buildPlans, type SourceFile } from '../../scripts/lib/build-plans.ts';
import { CURATED, SEEDS } from '../golden/seeds.ts';

// Every kind of bad input gets a message naming the file (and line where it applies) and the
// reason; none throws past buildPlans.
const file = (name: string, bytes: Uint8Array | string): SourceFile => ({ name, bytes: typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes });
const PLAN = '巫山县2021年深化改革实施方案\n\n一、总体要求\n\n（一）深化商事制度改革（牵头单位：县市场监管局）\n\n1．优化开办企业服务。简化住所登记要求。\n\n2．压减接入时间。不超过8个工作日。\n\n3．优化办理方式。推行一站式服务。\n';

describe('bad input', () => {
  it('empty file: error naming the file', () => {
    const { errors, plans } = buildPlans([file('empty.txt', '')], CURATED);
    expect(plans).toEqual([]);
    expect(errors.map((e) => e.message)).toEqual(['empty.txt: the file is empty (0 bytes); expected the text of a plan']);
  });
  it('whitespace-only file: error', () => {
    expect(buildPlans([file('blank.txt', '\n \r\n\t\n')], CURATED).errors[0]!.message).toMatch(/^blank\.txt: the file contains only whitespace/);
  });
  it('binary file named .txt: error with the line of the first control byte', () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const e = buildPlans([file('image.txt', bytes)], CURATED).errors[0]!;
    expect(e.file).toBe('image.txt');
    expect(e.line).toBe(2);
    expect(e.reason).toMatch(/binary file/);
  });
  it('undecodable bytes: error naming the line', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('第一行\n第二行\n'), 0xff, 0xff, 0xff]);
    const e = buildPlans([file('broken.txt', bytes)], CURATED).errors[0]!;
    expect([e.file, e.line]).toEqual(['broken.txt', 3]);
    expect(e.reason).toMatch(/cannot be decoded/);
  });
  it('GB18030 file: decoded, same model as UTF-8', () => {
    const gb = encodeGb18030(PLAN);
    const a = buildPlans([file('gb.txt', gb)], CURATED).plans[0]!;
    const b = buildPlans([file('gb.txt', PLAN)], CURATED).plans[0]!;
    expect(a.measures.map((m) => m.text)).toEqual(b.measures.map((m) => m.text));
    expect(a.meta.title).toBe('巫山县2021年深化改革实施方案');
  });
  it('UTF-8 with BOM and CRLF: same model, artefacts counted', () => {
    const bom = buildPlans([file('bom.txt', `\ufeff${PLAN.replace(/\n/g, '\r\n')}`)], CURATED).plans[0]!;
    const plain = buildPlans([file('bom.txt', PLAN)], CURATED).plans[0]!;
    expect(bom.blocks).toEqual(plain.blocks);
    expect(bom.artefacts).toMatchObject({ 'byte-order-mark': 1, crlf: PLAN.split('\n').length - 1 });
  });
  it('no recognisable structure: paragraphs with a warning', () => {
    const { plans, errors } = buildPlans([file('prose.txt', '这是一段没有任何编号的文字。\n\n又一段文字，也没有标题。\n')], CURATED);
    expect(errors).toEqual([]);
    expect(plans[0]!.blocks.every((b) => b.type === 'paragraph')).toBe(true);
    expect(plans[0]!.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/no recognisable structure/));
  });
  it('two files of the same plan: error naming both', () => {
    const seed = SEEDS[4]!;
    const copy = { name: '巫山 副本.txt', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...seed.bytes]) };
    const { errors, plans } = buildPlans([seed, copy], CURATED);
    expect(plans).toHaveLength(1);
    expect(errors.map((e) => e.message)).toEqual([`巫山 副本.txt: duplicate plan: the same text as ${seed.name}; keep one of the two files`]);
  });
  it('same 文号 in two different texts: error', () => {
    const a = file('a.txt', `川办发〔2021〕17号\n\n${PLAN}`);
    const b = file('b.txt', `川办发〔2021〕17 号\n\n${PLAN.replace('简化住所登记要求', '另一段文字')}`);
    expect(buildPlans([a, b], CURATED).errors.map((e) => e.reason)).toEqual(['duplicate plan: the same 文号 川办发〔2021〕17号 as a.txt; keep one of the two files']);
  });
});

/** GB18030 bytes of a string (Node has a decoder but no encoder): built from the decoder's table. */
function encodeGb18030(text: string): Uint8Array {
  const dec = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`no two-byte GB18030 code for ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}
