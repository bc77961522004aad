import { describe, expect, it } from 'vitest';
import { escapeXml, indicatorChart } from './chart';
import type { TargetRecord } from '~/schemas/targets';

const t = (o: Partial<TargetRecord>): TargetRecord => ({
  plan: 'yancheng-2025-2027', clause: 'annex-1-r1', url: '/plans/yancheng-2025-2027/annex-1-r1/', city: '盐城',
  indicator: '数字经济核心产业营业收入', raw: '数字经济核心产业营业收入', value: 2300, valueMax: null, unit: '亿元',
  year: 2025, annual: false, comparator: '=', text: '1 | … | 2300', ...o,
});

describe('indicatorChart', () => {
  const data = [t({}), t({ year: 2027, value: 3000 }), t({ plan: 'suzhou-2021-2023', city: '苏州', clause: '1-3', url: '/plans/suzhou-2021-2023/1-3/', year: 2023, value: 6000, indicator: 'x' })];
  const svg = indicatorChart(data, { width: 600, title: '数字经济核心产业营业收入(亿元)' });

  it('is a self-contained accessible SVG, one linked point per dated target', () => {
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toContain('role="img"'); // would hide the point links from assistive technology
    const id = /aria-labelledby="([^"]+)"/.exec(svg)![1];
    expect(svg).toContain(`<title id="${id}">数字经济核心产业营业收入(亿元)</title>`);
    expect(svg.match(/<a href=/g)).toHaveLength(3);
    expect(svg).toContain('href="/plans/suzhou-2021-2023/1-3/"');
    expect(svg).toContain('2027年');
  });

  it('takes a caller-given title id, escaped, so two renderings can share a page', () => {
    const wide = indicatorChart(data, { width: 600, title: 'a', id: 'c1-wide' });
    const narrow = indicatorChart(data, { width: 320, title: 'a', id: 'c1-narrow' });
    expect(wide).toContain('<title id="c1-wide">');
    expect(narrow).toContain('aria-labelledby="c1-narrow"');
    expect(indicatorChart(data, { width: 600, title: 'a', id: '"><x' })).not.toContain('"><x');
  });

  it('is deterministic and scales with width', () => {
    expect(indicatorChart(data, { width: 600, title: 'a' })).toBe(indicatorChart(data, { width: 600, title: 'a' }));
    expect(indicatorChart(data, { width: 320, title: 'a' })).toContain('viewBox="0 0 320 ');
  });

  it('escapes text and draws nothing without years', () => {
    expect(escapeXml('<b>"&\'')).toBe('&lt;b&gt;&quot;&amp;&#39;');
    expect(indicatorChart([t({ year: null })], { width: 600, title: 'x' })).toBe('');
    expect(indicatorChart(data, { width: 600, title: '<script>' })).not.toContain('<script>');
  });
});
