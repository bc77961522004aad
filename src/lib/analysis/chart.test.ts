import { describe, expect, it } from 'vitest';
import { escapeXml, indicatorChart } from './chart';
import { buildSeries, formatValue, targetsCsv, type TargetRecord } from './indicators';

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
    expect(svg).toContain('role="img"');
    expect(svg.match(/<a href=/g)).toHaveLength(3);
    expect(svg).toContain('href="/plans/suzhou-2021-2023/1-3/"');
    expect(svg).toContain('2027年');
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

describe('series and open data', () => {
  it('groups by indicator and unit, widest comparisons first', () => {
    const s = buildSeries([t({}), t({ city: '泰州', plan: 'taizhou-zhidao-yijian' }), t({ indicator: 'y' })]);
    expect(s[0].indicator).toBe('数字经济核心产业营业收入');
    expect(s[0].cities).toEqual(['泰州', '盐城'].sort());
    expect(s.map((x) => x.anchor)).toEqual(['indicator-1', 'indicator-2']);
  });

  it('formats values with comparator, range and unit', () => {
    expect(formatValue({ value: 400, valueMax: null, unit: '家', comparator: '≥' })).toBe('≥ 400 家');
    expect(formatValue({ value: 3, valueMax: 5, unit: '家', comparator: '=' })).toBe('3–5 家');
    expect(formatValue({ value: 13.5, valueMax: null, unit: '%', comparator: '≈' })).toBe('≈ 13.5%');
  });

  it('writes CSV with BOM, quoting and absolute URLs', () => {
    const csv = targetsCsv([t({ text: '含,逗号"引号"' })], 'https://example.org');
    expect(csv.startsWith('\uFEFFindicator,')).toBe(true);
    expect(csv).toContain('"含,逗号""引号"""');
    expect(csv).toContain('https://example.org/plans/yancheng-2025-2027/annex-1-r1/');
  });
});
