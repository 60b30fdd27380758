import { describe, expect, it } from 'vitest';
import { findDutyNotes } from '../../../scripts/lib/enrich/find-duty-notes.ts';

const notes = (text: string) => findDutyNotes(text).map(([a, b]) => text.slice(a, b));

describe('findDutyNotes', () => {
  it('finds role and labelled notes in every bracket', () => {
    expect(notes('推行一网通办（市税务局牵头，市燃气公司配合，6月底前完成）。')).toEqual(['（市税务局牵头，市燃气公司配合，6月底前完成）']);
    expect(notes('推行承诺制。【责任单位：市税务局】')).toEqual(['【责任单位：市税务局】']);
    expect(notes('推行承诺制。〔牵头单位：市供电公司，责任单位：市住建局〕')).toEqual(['〔牵头单位：市供电公司，责任单位：市住建局〕']);
  });

  it('finds marker lines, from the label to the end of the line', () => {
    expect(notes('压缩办电时间。\n牵头单位：市供电公司  配合单位：市税务局\n完成时限：2024年底')).toEqual([
      '牵头单位：市供电公司  配合单位：市税务局', '完成时限：2024年底',
    ]);
  });

  it('leaves other brackets alone', () => {
    expect(notes('工程投资额在100万元以下（含100万元）的项目（以下简称小项目）实行告知承诺（试行）。')).toEqual([]);
  });
});
