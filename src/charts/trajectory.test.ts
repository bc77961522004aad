import { describe, expect, it } from 'vitest';
import { contrast } from './testing';
import { PLAN_COLORS, trajectoryGridHtml, trajectorySvg } from './trajectory';

const chart = {
  indicator: '规上数字经济核心产业企业数',
  unit: '个',
  plans: [{ label: '2022–2024' }, { label: '2024' }, { label: '2025–2027' }],
  points: [
    { year: 2024, value: 1000, plan: 0, url: '/plans/yancheng-2022-2024/1-2-1/', title: '2022–2024 · 2024年：1,000个（第一部分(二)第1条）' },
    { year: 2025, value: 1350, plan: 2, url: '/plans/yancheng-2025-2027/annex-1-r10/', title: '2025–2027 · 2025年：1,350个' },
    { year: 2027, value: 1500, plan: 2, url: '/plans/yancheng-2025-2027/2-5-1/', title: '2025–2027 · 2027年：1,500个' },
  ],
};

describe('trajectorySvg', () => {
  const svg = trajectorySvg(chart, { width: 300, id: 't' });
  it('links every point to the clause that states it, named by what it shows', () => {
    for (const p of chart.points) expect(svg).toContain(`href="${p.url}"`);
    expect(svg).toContain('aria-label="1,500 · 2025–2027 · 2027年：1,500个"');
  });
  it('joins the points of one plan only, never across plans', () => {
    expect(svg.match(/<path /g)).toHaveLength(1);
  });
  it('starts the value axis at 0 and titles the chart with the indicator and unit', () => {
    expect(svg).toContain('>0</text>');
    expect(svg).toContain('<title id="t-title">规上数字经济核心产业企业数（个）</title>');
  });
  it('escapes text and uses plan colours readable on white', () => {
    expect(trajectorySvg({ ...chart, indicator: '<script>' }, { width: 300, id: 'x' })).not.toContain('<script>');
    for (const c of PLAN_COLORS) expect(contrast(c, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});

describe('trajectoryGridHtml', () => {
  it('captions each panel with its indicator, escaped, and gives each chart its own title id', () => {
    const html = trajectoryGridHtml([{ chart, badge: '跨 2 份规划' }, { chart: { ...chart, indicator: '<b>x</b>' }, badge: null }], { width: 300, idPrefix: 'g' });
    expect(html).toContain('<figcaption>规上数字经济核心产业企业数 <span class="flag kind-continued">跨 2 份规划</span></figcaption>');
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(html).toContain('id="g-0-title"');
    expect(html).toContain('id="g-1-title"');
  });
});
