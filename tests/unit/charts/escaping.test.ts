import { describe, expect, it } from 'vitest';
import { barChart } from '../../../src/lib/charts/bar-chart.ts';
import { heatmap } from '../../../src/lib/charts/heatmap.ts';
import { renderBarChart } from '../../../src/lib/charts/render-bar-chart.ts';
import { renderHeatmap } from '../../../src/lib/charts/render-heatmap.ts';
import { renderTimeline } from '../../../src/lib/charts/render-timeline.ts';
import { el, escapeXml } from '../../../src/lib/charts/svg.ts';
import { timeline } from '../../../src/lib/charts/timeline.ts';

// The pages insert chart SVG with set:html, so every text from a plan must come out escaped.
const evil = '<script>alert("x")</script>&amp; 县(区)\'';
const label = { id: 'c"1', title: evil, desc: evil, tableId: 't' };

/** No markup from the label survives: no <script, no raw quote closing an attribute. */
function assertEscaped(svg: string) {
  expect(svg).not.toContain('<script');
  expect(svg).not.toContain('"x"');
  expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;amp; 县(区)&#39;');
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
}

describe('svg writer', () => {
  it('escapes the five XML specials in text and attributes', () => {
    expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;');
    expect(el('text', { 'data-x': 'a"b' }, '1 < 2 & 3').svg).toBe('<text data-x="a&quot;b">1 &lt; 2 &amp; 3</text>');
  });
  it('rounds numeric attributes to 0.1 and leaves out empty ones', () => {
    expect(el('rect', { x: 1.26, y: 0.04, hidden: null, class: false }).svg).toBe('<rect x="1.3" y="0" />');
  });
});

describe('renderers escape every text', () => {
  it('bar chart', () => {
    assertEscaped(renderBarChart(barChart([{ label: evil, value: 3, valueLabel: evil, href: `/x?a=1&b="2"`, title: evil, group: evil }]), label));
  });
  it('heatmap', () => {
    assertEscaped(renderHeatmap(heatmap({ rows: [evil], columns: [evil], values: [[{ value: 2, secondary: 1, href: evil, title: evil }]] }), label));
  });
  it('timeline', () => {
    assertEscaped(renderTimeline(timeline({ rows: [evil], columns: [{ label: evil, kind: 'month' }], values: [[{ count: 4, href: evil, title: evil }]] }), label));
  });
});
