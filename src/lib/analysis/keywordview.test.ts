import { describe, expect, it } from 'vitest';
import { keywordBars, keywordGridView, keywordSearchUrl, profileOfPlan } from './keywordview';

const plan = (slug: string, city: string, start: number) => ({
  slug,
  url: `/plans/${slug}/`,
  city,
  title: `${city}市数字经济行动计划`,
  period: { start, end: start + 2 },
  date: null,
  kind: '三年行动计划',
});
const suzhou = plan('suzhou-2021-2023', '苏州', 2021);
const yancheng = plan('yancheng-2025-2027', '盐城', 2025);

describe('keyword views', () => {
  it('links a word to the search page, optionally filtered to a plan', () => {
    expect(keywordSearchUrl('数据要素')).toBe('/search/?q=%E6%95%B0%E6%8D%AE%E8%A6%81%E7%B4%A0');
    expect(keywordSearchUrl('5G&A', 'suzhou-2021-2023')).toBe('/search/?q=5G%26A&plan=suzhou-2021-2023');
  });
  it('profiles a plan with its analysis profile, heaviest first, cut to n', () => {
    const profiles = new Map([
      [
        'suzhou-2021-2023',
        [
          { word: '一体化', weight: 0.1 },
          { word: '长三角', weight: 0.2 },
        ],
      ],
    ]);
    expect(profileOfPlan(suzhou, profiles).map((k) => k.word)).toEqual(['长三角', '一体化']);
    expect(profileOfPlan(suzhou, profiles, 1).map((k) => k.word)).toEqual(['长三角']);
    expect(profileOfPlan(yancheng, profiles)).toEqual([]);
  });
  it('shapes bars and the grid with labels and links', () => {
    const bars = keywordBars(suzhou, [{ word: '长三角', weight: 0.2 }]);
    expect(bars).toEqual({ title: '苏州 2021–2023 的关键词概况', bars: [{ word: '长三角', weight: 0.2, url: keywordSearchUrl('长三角', 'suzhou-2021-2023') }] });
    const { grid, chart } = keywordGridView(
      [suzhou, yancheng],
      [
        [{ word: '长三角', weight: 0.2 }],
        [
          { word: '数据', weight: 0.3 },
          { word: '长三角', weight: 0.05 },
        ],
      ],
      {
        tokens: new Map([['suzhou-2021-2023', 1000], ['yancheng-2025-2027', 500]]),
        counts: new Map([['长三角', new Map([['suzhou-2021-2023', 5], ['yancheng-2025-2027', 1]])]]),
      },
      1,
    );
    expect(grid.words).toEqual(['长三角', '数据']);
    expect(chart.columns.map((c) => [c.label, c.sublabel, c.url])).toEqual([
      ['苏州', '2021–2023', '/plans/suzhou-2021-2023/'],
      ['盐城', '2025–2027', '/plans/yancheng-2025-2027/'],
    ]);
    expect(chart.cells[0]).toEqual([
      { count: 5, rate: 50, weight: 0.2, rank: 1 },
      { count: 1, rate: 20, weight: 0.05, rank: 2 },
    ]);
    expect(chart.cells[1][0]).toEqual({ count: 0, rate: 0, weight: null, rank: null });
    expect(chart.rateLabel).toBe('每万词');
    expect(chart.rows[1]).toEqual({ word: '数据', url: keywordSearchUrl('数据') });
  });
});
