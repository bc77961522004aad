import { describe, expect, it } from 'vitest';
import type { TargetRecord } from '~/schemas/targets';
import { formatNumber, formatValue, indicatorChart } from './indicators';

const t = (o: Partial<TargetRecord>): TargetRecord => ({
  plan: 'yancheng-2025-2027', clause: 'annex-1-r1', url: '/plans/yancheng-2025-2027/annex-1-r1/', city: '盐城',
  indicator: '数字经济核心产业营业收入', raw: '数字经济核心产业营业收入', value: 2300, valueMax: null, unit: '亿元',
  year: 2025, scope: [], measure: 'unmarked', comparator: '=', text: '1 | … | 2300', ...o,
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

  it('draws points in the order given, setting points of one year side by side in that order', () => {
    const two = [t({ value: 100, url: '/a/' }), t({ value: 200, url: '/b/' })];
    const xOf = (svg: string, url: string) => Number(new RegExp(`href="${url}"[^>]*><circle cx="([\\d.]+)"`).exec(svg)![1]);
    const ab = indicatorChart(two, { width: 600, title: 'a' });
    const ba = indicatorChart([...two].reverse(), { width: 600, title: 'a' });
    // The first point given takes the year's own place, the next one beside it — whichever point comes first.
    expect(xOf(ab, '/a/')).toBe(xOf(ba, '/b/'));
    expect(xOf(ab, '/b/')).toBe(xOf(ba, '/a/'));
    expect(xOf(ab, '/a/')).not.toBe(xOf(ab, '/b/'));
  });

  it('escapes text and draws nothing without years', () => {
    expect(indicatorChart([t({ year: null })], { width: 600, title: 'x' })).toBe('');
    expect(indicatorChart(data, { width: 600, title: '<script>' })).not.toContain('<script>');
  });
});

describe('target values as printed', () => {
  it('formats values with comparator, range and unit', () => {
    expect(formatValue({ value: 400, valueMax: null, unit: '家', comparator: '≥' })).toBe('≥ 400 家');
    expect(formatValue({ value: 3, valueMax: 5, unit: '家', comparator: '=' })).toBe('3–5 家');
    expect(formatValue({ value: 13.5, valueMax: null, unit: '%', comparator: '≈' })).toBe('≈ 13.5%');
  });

  it('formats bare numbers for table cells', () => {
    expect(formatNumber({ value: 217000, valueMax: null })).toBe('217,000');
    expect(formatNumber({ value: 3, valueMax: 5 })).toBe('3–5');
  });
});
