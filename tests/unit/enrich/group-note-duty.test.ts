import { describe, expect, it } from 'vitest';
import { shareGroupNotes } from '../../../scripts/lib/enrich/group-note-duty.ts';
import type { BaseMeasure } from '../../../scripts/lib/enrich/enrich-plan.ts';

const m = (n: number, label: string, text: string, leads: string[] = [], partners: string[] = [], path = ['1．压减办电环节和时间']): BaseMeasure => ({
  id: `x-m${n}`, n, label, anchor: `m${n}`, path, title: null, text, leads, partners,
  leadSource: leads.length > 0 ? 'inline' : 'none', leader: null, deadline: null, deadlines: [], line: n,
});
const note = '（牵头单位：国网哈尔滨供电公司；配合单位：市发展改革委）';

describe('shareGroupNotes', () => {
  it('gives the items of a group the units of the note that closes it, on its own line or after the last sentence', () => {
    for (const last of [`推行办电“一证受理”。\n${note}`, `推行办电“一证受理”。${note}`]) {
      const out = shareGroupNotes([m(1, '①', '压减环节。'), m(2, '②', '压减时间。'), m(3, '③', last, ['国网哈尔滨供电公司'], ['市发展改革委'])]);
      expect(out.map((x) => [x.leads, x.partners])).toEqual(Array(3).fill([['国网哈尔滨供电公司'], ['市发展改革委']]));
    }
  });
  it('leaves items alone where the group has other notes, or under another heading, or of another label kind', () => {
    const own = [m(1, '①', '压减环节。（市发展改革委负责）', ['市发展改革委']), m(2, '②', '压减时间。'), m(3, '③', `推行。\n${note}`, ['国网哈尔滨供电公司'])];
    expect(shareGroupNotes(own)[1]!.leads).toEqual([]);
    const other = [m(1, '①', '压减环节。', [], [], ['2．登记财产']), m(2, '1．', '压减时间。'), m(3, '②', `推行。\n${note}`, ['国网哈尔滨供电公司'])];
    expect(shareGroupNotes(other).map((x) => x.leads.length)).toEqual([0, 0, 1]);
  });
  it('does not share a note that ends its own sentence inside the text', () => {
    const inline = [m(1, '1．', '压减环节。'), m(2, '2．', `推行（国网哈尔滨供电公司负责）一证受理并公示。`, ['国网哈尔滨供电公司'])];
    expect(shareGroupNotes(inline)[0]!.leads).toEqual([]);
  });
});
