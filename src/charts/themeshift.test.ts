import { describe, expect, it } from 'vitest';
import { contrast } from './testing';
import { HIGHLIGHTED, spread, themeShiftSvg } from './themeshift';

const data = {
  plans: [
    { label: '2022–2024', url: '/plans/yancheng-2022-2024/' },
    { label: '2024', url: '/plans/yancheng-2024/' },
    { label: '2025–2027', url: '/plans/yancheng-2025-2027/' },
  ],
  themes: Array.from({ length: 16 }, (_, i) => ({ label: `主题${i}`, url: `/themes/t${i}/`, shares: [0.02 * i, 0.01, 0.3 - 0.018 * i] })),
};

describe('spread', () => {
  it('keeps labels apart, near their lines, never above the top', () => {
    const ys = spread([50, 52, 54, 300], 15, 40, 320);
    expect(ys[1] - ys[0]).toBeGreaterThanOrEqual(15);
    expect(ys[2] - ys[1]).toBeGreaterThanOrEqual(15);
    expect(ys[3]).toBe(300);
    expect(Math.min(...spread([10, 10, 10, 10, 10], 15, 40, 60))).toBe(40);
  });
});

describe('themeShiftSvg', () => {
  const svg = themeShiftSvg(data, { width: 760, id: 's' });
  it('names every theme at the right with its last share, inside the chart', () => {
    for (const t of data.themes) expect(svg).toContain(`${t.label} ${Math.round(t.shares[2] * 100)}%`);
    const ys = [...svg.matchAll(/<text x="[\d.]+" y="(-?[\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
    const height = Number(svg.match(/height="([\d.]+)"/)![1]);
    expect(Math.max(...ys)).toBeLessThanOrEqual(height);
  });
  it('draws the themes that moved most strong, and links every theme and plan', () => {
    expect(svg.match(/stroke-width="2.5"/g)).toHaveLength(HIGHLIGHTED);
    for (const t of data.themes) expect(svg).toContain(`href="${t.url}"`);
    for (const p of data.plans) expect(svg).toContain(`href="${p.url}"`);
  });
  it('names each link by what it shows first (axe: label-content-name-mismatch)', () => {
    for (const m of svg.matchAll(/<a href="[^"]*" aria-label="([^"]*)">([\s\S]*?)<\/a>/g)) {
      const shown = [...m[2].matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((t) => t[1]).join('');
      expect(m[1].startsWith(shown), `${m[1]} / ${shown}`).toBe(true);
    }
  });
  it('uses colours readable on white', () => {
    for (const c of ['#0b5d6b', '#6b7680', '#0f2f36']) expect(contrast(c, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});
