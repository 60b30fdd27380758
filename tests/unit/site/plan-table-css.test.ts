import { describe, expect, it } from 'vitest';
import { planTableCss } from '../../../src/lib/plan-table-css.ts';

describe('planTableCss: a table\'s column widths and phone labels, once per table', () => {
  const columns = [{ role: 'number', name: '序号' }, { role: 'measure', name: '重点举措' }, { role: 'units', name: '责任单位' }] as const;

  it('gives each column its role\'s layout and its name as the phone label, by position', () => {
    const css = planTableCss('t2', columns, null);
    expect(css).toContain(':where(#t2 tr:not(.group))>:nth-child(1){white-space:nowrap}');
    expect(css).toContain(':where(#t2 tr:not(.group))>:nth-child(2){min-width:20rem}');
    expect(css).toContain(':where(#t2 tbody tr:not(.group))>:nth-child(3)::before{content:"责任单位："}');
    expect(css).not.toContain('nth-child(4)');
  });

  it('labels the extra cell after the columns', () => {
    expect(planTableCss('t1', columns, '指标')).toContain('>:nth-child(4)::before{content:"指标："}');
  });

  it('escapes column names that would end the string or the style element', () => {
    const css = planTableCss('t1', [{ role: 'other', name: 'a"b</style>\\\n' }], null);
    expect(css).toContain('content:"a\\22 b\\3c /style>\\5c \\a ："');
    expect(css).not.toContain('</style>');
  });
});
