import { describe, expect, it } from 'vitest';
import { themes } from '~/data/themes';
import { groupByCity } from './plans';
import { clause, seedPlans } from './testing';
import { highlightTerms, tallyTheme, themeCityUrl, themeColumns, themeCounts, themeMatrix, themePlanUrl, themeProvinceUrl, themeUrl } from './themeview';

const clauses: Record<string, ReturnType<typeof clause>[]> = {
  'yancheng-2025-2027': [clause({ id: '2-3-1', plan: 'yancheng-2025-2027', order: 10, themes: ['data-elements'] }), clause({ id: '2-1-3', plan: 'yancheng-2025-2027', order: 3, themes: ['data-elements', 'computing-power'] })],
  'yancheng-2022-2024': [clause({ id: '2-1-1', plan: 'yancheng-2022-2024', order: 2, themes: ['computing-power'] })],
  'suzhou-2021-2023': [
    clause({ id: '2-2-2', plan: 'suzhou-2021-2023', order: 7, themes: ['data-elements'] }),
    clause({ id: '2-3-1', plan: 'suzhou-2021-2023', order: 9, themes: ['security'], possibleThemes: ['data-elements'] }),
    clause({ id: '1-1', plan: 'suzhou-2021-2023', order: 1, possibleThemes: ['data-elements'] }),
  ],
};
const clausesOf = (s: string) => clauses[s] ?? [];

describe('themeColumns', () => {
  const cols = themeColumns('data-elements', groupByCity(seedPlans), clausesOf);
  it('has one column per city, silent cities included with count 0', () => {
    expect(cols.map((c) => [c.city, c.count])).toEqual([
      ['苏州', 1],
      ['泰州', 0],
      ['盐城', 2],
    ]);
  });
  it('keeps each city’s plans in time order and clauses in document order', () => {
    const yc = cols.find((c) => c.city === '盐城')!;
    expect(yc.plans.map((p) => p.plan.slug)).toEqual(['yancheng-2022-2024', 'yancheng-2024', 'yancheng-2025-2027']);
    expect(yc.plans[2].clauses.map((c) => c.id)).toEqual(['2-1-3', '2-3-1']);
    expect(yc.plans[0].clauses).toEqual([]);
  });
  it('shows possibly related clauses apart, in document order, and does not count them', () => {
    const sz = cols.find((c) => c.city === '苏州')!;
    expect(sz.count).toBe(1);
    expect(sz.plans[0].clauses.map((c) => c.id)).toEqual(['2-2-2']);
    expect(sz.plans[0].possible.map((c) => c.id)).toEqual(['1-1', '2-3-1']);
    expect(cols.find((c) => c.city === '盐城')!.plans.every((p) => p.possible.length === 0)).toBe(true);
  });
});

describe('themeMatrix', () => {
  it('counts clauses per theme and plan', () => {
    expect(themeMatrix(['computing-power', 'data-elements'], ['yancheng-2022-2024', 'yancheng-2025-2027', 'taizhou-zhidao-yijian'], clausesOf)).toEqual([
      [1, 1, 0],
      [0, 2, 0],
    ]);
  });
});

describe('theme counts and tallies', () => {
  it('counts each plan’s clauses per theme once, and tallies a group of cities', () => {
    const counts = themeCounts(seedPlans.map((p) => p.slug), clausesOf);
    expect(counts.get('yancheng-2025-2027')).toEqual(new Map([['data-elements', 2], ['computing-power', 1]]));
    const count = (plan: string, theme: string) => counts.get(plan)?.get(theme) ?? 0;
    expect(tallyTheme('data-elements', groupByCity(seedPlans), count)).toEqual({ clauses: 3, plans: 5, plansWith: 2, cities: 3, citiesWith: 2 });
  });
});

describe('urls and terms', () => {
  it('goes from a theme to a province, a city, and a plan’s group on the city page (an anchor: no JS needed)', () => {
    const place = { province: 'jiangsu', city: 'yancheng' };
    expect(themeUrl('computing-power')).toBe('/themes/computing-power/');
    expect(themeProvinceUrl('computing-power', 'jiangsu')).toBe('/themes/computing-power/jiangsu/');
    expect(themeCityUrl('computing-power', place)).toBe('/themes/computing-power/jiangsu/yancheng/');
    expect(themePlanUrl('computing-power', place, 'yancheng-2024')).toBe('/themes/computing-power/jiangsu/yancheng/#plan-yancheng-2024');
  });
  it('highlights the taxonomy terms and synonyms of the reviewed table, longest first', () => {
    const dataElements = themes.find((t) => t.slug === 'data-elements')!;
    const terms = highlightTerms(dataElements);
    expect(terms).toContain('数据要素');
    expect(terms).toContain('授权运营');
    expect(terms.indexOf('数据要素×')).toBeLessThan(terms.indexOf('数据要素'));
  });
});
