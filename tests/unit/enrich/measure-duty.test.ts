import { describe, expect, it } from 'vitest';
import { measureDuty, type DocDuties } from '../../../scripts/lib/enrich/measure-duty.ts';
import type { MeasureDraft } from '../../../scripts/lib/parse/structure-body.ts';

const draft = (text: string, sectionLeads: string[] = []): MeasureDraft => ({ n: 1, label: '1．', title: null, text, line: 1, path: [], sectionLeads });
const DOC: DocDuties = { firstUnitLeads: false, sections: new Map() };

describe('measureDuty', () => {
  it('reads a note and the marker lines after it together, deadlines in text order', () => {
    const d = measureDuty(draft('今年8月1日前上线。（市数据局牵头，市财政局配合）\n完成时限：2022年底'), 2022, DOC);
    expect(d).toEqual({
      leads: ['市数据局'], partners: ['市财政局'], leadSource: 'inline', leader: null,
      deadlines: [{ raw: '今年8月1日前', date: '2022-08-01' }, { raw: '2022年底', date: '2022-12-31' }],
    });
  });

  it('reads a note ending the first line when the body follows it', () => {
    expect(measureDuty(draft('推行一窗通办（市政务服务中心牵头，市公安局配合，9月底前完成）\n设立综合窗口，年底前全覆盖。'), 2022, DOC)).toEqual({
      leads: ['市政务服务中心'], partners: ['市公安局'], leadSource: 'inline', leader: null,
      deadlines: [{ raw: '9月底前完成', date: '2022-09-30' }, { raw: '年底前', date: '2022-12-31' }],
    });
  });

  it('does not read a marker deadline twice as running text', () => {
    expect(measureDuty(draft('推行一日办结。\n牵头单位：市市场监管局\n完成时限：2022年6月底前'), 2022, DOC).deadlines).toEqual([{ raw: '2022年6月底前', date: '2022-06-30' }]);
  });

  it('keeps an unresolvable or yearless deadline as written, with no date', () => {
    expect(measureDuty(draft('推行一日办结。\n完成时限：及时办理'), 2022, DOC).deadlines).toEqual([{ raw: '及时办理', date: null }]);
    expect(measureDuty(draft('推行一日办结。\n完成时限：6月底前'), null, DOC).deadlines).toEqual([{ raw: '6月底前', date: null }]);
  });

  it('falls back to the section, keeping its own partners', () => {
    expect(measureDuty(draft('推行一日办结。（市税务局配合）', ['市市场监管局']), 2022, DOC)).toMatchObject({
      leads: ['市市场监管局'], partners: ['市税务局'], leadSource: 'section',
    });
    const sections = new Map([[1, { leads: ['区供电公司'], partners: ['区住建局'] }]]);
    expect(measureDuty(draft('压缩办电时间。'), 2022, { firstUnitLeads: false, sections })).toMatchObject({ leads: ['区供电公司'], partners: ['区住建局'], leadSource: 'section' });
    expect(measureDuty(draft('压缩办电时间。'), 2022, DOC)).toMatchObject({ leads: [], partners: [], leadSource: 'none' });
  });
});
