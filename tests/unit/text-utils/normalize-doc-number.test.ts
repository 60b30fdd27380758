import { describe, expect, it } from 'vitest';
import { normalizeDocNumber } from '../../../scripts/lib/text/normalize-doc-number.ts';

describe('normalizeDocNumber', () => {
  it('removes the PDF space before 号 (四川 seed)', () => {
    expect(normalizeDocNumber('川办发〔2021〕17 号')).toBe('川办发〔2021〕17号');
  });

  it('keeps already normal numbers from the seeds', () => {
    expect(normalizeDocNumber('资府办发〔2021〕17号')).toBe('资府办发〔2021〕17号');
    expect(normalizeDocNumber('乐府办发〔2023〕14号')).toBe('乐府办发〔2023〕14号');
    expect(normalizeDocNumber('巫山府办发〔2021〕66号')).toBe('巫山府办发〔2021〕66号');
  });

  it('accepts [ ], ( ), （ ）, ［ ］ and 【 】 brackets and outputs 〔 〕', () => {
    expect(normalizeDocNumber('川办发[2021]17号')).toBe('川办发〔2021〕17号');
    expect(normalizeDocNumber('川办发(2021)17号')).toBe('川办发〔2021〕17号');
    expect(normalizeDocNumber('川办发（2021）17号')).toBe('川办发〔2021〕17号');
    expect(normalizeDocNumber('川办发［2021］17号')).toBe('川办发〔2021〕17号');
    expect(normalizeDocNumber('川办发【2021】17号')).toBe('川办发〔2021〕17号');
  });

  it('converts full-width digits to ASCII', () => {
    expect(normalizeDocNumber('川办发〔２０２１〕１７号')).toBe('川办发〔2021〕17号');
  });

  it('removes spaces inside the number', () => {
    expect(normalizeDocNumber('川办发 〔 2021 〕 17 号')).toBe('川办发〔2021〕17号');
  });

  it('finds the number on a line or in running text', () => {
    expect(normalizeDocNumber('\n\n资府办发〔2021〕17号\n\n## 资阳市人民政府办公室')).toBe('资府办发〔2021〕17号');
    expect(normalizeDocNumber('现将川办发〔2021〕17号印发你们')).toBe('川办发〔2021〕17号');
    expect(normalizeDocNumber('《关于印发…的通知》（川办发〔2021〕17号）')).toBe('川办发〔2021〕17号');
  });

  it('drops 第 before the serial', () => {
    expect(normalizeDocNumber('国发〔2020〕第7号')).toBe('国发〔2020〕7号');
  });

  it('returns null when there is no document number', () => {
    expect(normalizeDocNumber('')).toBeNull();
    expect(normalizeDocNumber('四川省人民政府办公厅')).toBeNull();
    expect(normalizeDocNumber('2021 年 3 月 30 日')).toBeNull();
    expect(normalizeDocNumber('（2021）川0104民初123号')).toBeNull(); // court case number, no serial after bracket
    expect(normalizeDocNumber('川办发〔2021〕17')).toBeNull(); // no 号
  });
});
