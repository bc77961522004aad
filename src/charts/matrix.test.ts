import { describe, expect, it } from 'vitest';
import { matrixSvg } from './matrix';
import { TWO_PLAN_COLUMNS, contrast } from './testing';

describe('matrix', () => {
  const data = {
    rows: [
      { label: '算力', url: '/themes/computing-power/' },
      { label: '数据要素', url: '/themes/data-elements/' },
    ],
    columns: TWO_PLAN_COLUMNS,
    counts: [
      [4, 0],
      [9, 2],
    ],
    cellUrl: (i: number, j: number) => `/themes/${['computing-power', 'data-elements'][i]}/?plan=${['yancheng-2025-2027', 'taizhou-zhidao-yijian'][j]}#plan-x`,
  };
  it('draws a linked cell per theme and plan with its count; zero shown as –', () => {
    const svg = matrixSvg(data, { width: 960 });
    expect(svg.match(/<rect/g)).toHaveLength(4);
    expect(svg).toContain('href="/themes/data-elements/?plan=taizhou-zhidao-yijian#plan-x"');
    expect(svg).toContain('aria-label="数据要素 · 泰州 指导意见：2 条"');
    expect(svg).toContain('aria-label="算力 · 泰州 指导意见：– 未涉及"');
    expect(svg).toMatch(/>–<\/text>/);
    expect(svg).toMatch(/>9<\/text>/);
  });
  it('keeps every cell number at WCAG AA contrast (≥ 4.5:1) against its fill', () => {
    const svg = matrixSvg(data, { width: 960 });
    const cells = [...svg.matchAll(/<rect[^>]*fill="([^"]+)"[^>]*\/><text[^>]*fill="([^"]+)"[^>]*>/g)];
    expect(cells).toHaveLength(4);
    for (const [, bg, fg] of cells) expect(contrast(bg, fg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
  });
  it('keeps cells at least 34px wide when there are dozens of plans', () => {
    const many = { ...data, columns: Array.from({ length: 40 }, (_, j) => ({ label: `城${j}`, sublabel: '2025', url: `/p${j}/`, title: `p${j}` })), counts: [Array(40).fill(1), Array(40).fill(0)] };
    const svg = matrixSvg(many, { width: 360 });
    const w = Number(/width="([\d.]+)"/.exec(svg)![1]);
    expect(w).toBeGreaterThan(40 * 34);
  });
});


describe('matrix layout', () => {
  const cols = (n: number) => Array.from({ length: n }, (_, j) => ({ label: '盐城', sublabel: '2025–2027', url: `/p${j}/`, title: `p${j}` }));
  const base = { rows: [{ label: '服务业数字化与数字商务', url: '/t/' }], counts: [[1, 2, 3, 4, 5]], cellUrl: () => '/x/' };
  it('keeps column labels upright when they fit, slants them when they do not', () => {
    expect(matrixSvg({ ...base, columns: cols(5) }, { width: 880 })).not.toContain('rotate(');
    expect(matrixSvg({ ...base, columns: cols(5) }, { width: 330 })).toContain('rotate(-55)');
  });
  it('fits five plans into a phone-width chart', () => {
    const svg = matrixSvg({ ...base, columns: cols(5) }, { width: 330 });
    expect(Number(/width="([\d.]+)"/.exec(svg)![1])).toBeLessThanOrEqual(335);
  });
});
