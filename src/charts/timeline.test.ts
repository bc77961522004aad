import { describe, expect, it } from 'vitest';
import { esc, textWidth } from './svg';
import { assignLanes, timelineSvg } from './timeline';

const cities = [
  { city: '苏州', url: '/cities/suzhou/', plans: [{ slug: 'suzhou-2021-2023', label: '2021–2023', title: '苏州市推进数字经济和数字化发展三年行动计划(2021—2023年)', url: '/plans/suzhou-2021-2023/', start: 2021, end: 2023 }] },
  { city: '泰州', url: '/cities/taizhou/', plans: [{ slug: 'taizhou-zhidao-yijian', label: '指导意见', title: '泰州市关于加快发展数字经济的指导意见', url: '/plans/taizhou-zhidao-yijian/', start: null, end: null }] },
  {
    city: '盐城',
    url: '/cities/yancheng/',
    plans: [
      { slug: 'yancheng-2022-2024', label: '2022–2024', title: 'a', url: '/plans/yancheng-2022-2024/', start: 2022, end: 2024 },
      { slug: 'yancheng-2024', label: '2024', title: 'b', url: '/plans/yancheng-2024/', start: 2024, end: 2024 },
      { slug: 'yancheng-2025-2027', label: '2025–2027', title: 'c', url: '/plans/yancheng-2025-2027/', start: 2025, end: 2027 },
    ],
  },
];

describe('timeline', () => {
  it('stacks overlapping plans in lanes (盐城 2022–2024 and 2024 overlap; 2025–2027 reuses lane 0)', () => {
    expect(assignLanes([{ start: 2022, end: 2024 }, { start: 2024, end: 2024 }, { start: 2025, end: 2027 }])).toEqual([0, 1, 0]);
  });
  it('draws every plan as a link, the undated one apart under 时间未知', () => {
    const svg = timelineSvg(cities, { width: 960 });
    for (const c of cities) for (const p of c.plans) expect(svg).toContain(`href="${p.url}"`);
    expect(svg).toContain('时间未知');
    expect(svg).toContain('stroke-dasharray');
    expect(svg.match(/<text[^>]*>2021<\/text>/)).not.toBeNull();
    expect(svg.match(/<text[^>]*>2027<\/text>/)).not.toBeNull();
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 960 /);
  });
  it('is a pure function of its input (same input, same bytes) and adapts to a phone width', () => {
    expect(timelineSvg(cities, { width: 360 })).toBe(timelineSvg(cities, { width: 360 }));
    expect(timelineSvg(cities, { width: 360 })).toContain('font-size="11"');
  });
  it('escapes titles', () => {
    const hostile = [{ city: '<b>', url: '/c/', plans: [{ slug: 'x', label: '"&', title: '<script>', url: '/p/', start: 2020, end: 2021 }] }];
    const svg = timelineSvg(hostile, { width: 600 });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('&lt;b&gt;');
  });
});

describe('svg helpers', () => {
  it('escapes and measures', () => {
    expect(esc(`<&"'>`)).toBe('&lt;&amp;&quot;&#39;&gt;');
    expect(textWidth('数据', 10)).toBe(20);
  });
});
