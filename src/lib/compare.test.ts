import { describe, expect, it } from 'vitest';
import { canonicalPlans, compareByTheme, compareUrl, isSameCityPair, pairPathTarget, plansOfQuery, themeOfQuery } from './compare';
import { clause } from './testing';

describe('the canonical compare URL', () => {
  it('names the plans in one order whatever order they were picked in', () => {
    expect(compareUrl(['yancheng-2025-2027', 'suzhou-2021-2023'])).toBe('/compare/?p=suzhou-2021-2023,yancheng-2025-2027');
    expect(compareUrl(['suzhou-2021-2023', 'yancheng-2025-2027'])).toBe(compareUrl(['yancheng-2025-2027', 'suzhou-2021-2023']));
    expect(compareUrl(['b', 'a', 'c'], 'talent')).toBe('/compare/?p=a,b,c&t=talent');
    expect(themeOfQuery('?p=a,b&t=talent')).toBe('talent');
    expect(themeOfQuery('?p=a,b&t=<x>')).toBeUndefined();
  });
  it('drops repeats and anything that is not a slug', () => {
    expect(canonicalPlans(['b', 'a', 'b', 'A<x>', '', ' c '])).toEqual(['a', 'b', 'c']);
  });
  it('reads the plans from the canonical query and from a form’s repeated parameter', () => {
    expect(plansOfQuery('?p=yancheng-2024,suzhou-2021-2023')).toEqual(['suzhou-2021-2023', 'yancheng-2024']);
    expect(plansOfQuery('?p=yancheng-2024&p=suzhou-2021-2023')).toEqual(['suzhou-2021-2023', 'yancheng-2024']);
    expect(plansOfQuery('')).toEqual([]);
  });
  it('sends an earlier pair page, in either order, to the canonical view', () => {
    const canonical = '/compare/?p=yancheng-2022-2024,yancheng-2025-2027';
    expect(pairPathTarget('/compare/yancheng-2022-2024--yancheng-2025-2027/')).toBe(canonical);
    expect(pairPathTarget('/compare/yancheng-2025-2027--yancheng-2022-2024/')).toBe(canonical);
    expect(pairPathTarget('/compare/a--b--c')).toBe('/compare/?p=a,b,c');
    expect(pairPathTarget('/compare/')).toBeNull();
    expect(pairPathTarget('/plans/a--b/')).toBeNull();
  });
});

describe('compareByTheme', () => {
  it('lines up every plan theme by theme in taxonomy order and sets aside themes all are silent on', () => {
    const a = [clause({ id: '1', plan: 'a', themes: ['data-elements'] }), clause({ id: '2', plan: 'a', themes: ['computing-power', 'data-elements'] })];
    const b = [clause({ id: '1', plan: 'b', themes: ['computing-power'] })];
    const c = [clause({ id: '9', plan: 'c', themes: [] })];
    const { rows, silent } = compareByTheme(['computing-power', 'data-elements', 'talent'], [a, b, c]);
    expect(rows.map((r) => [r.theme, r.columns.map((col) => col.map((x) => x.id))])).toEqual([
      ['computing-power', [['2'], ['1'], []]],
      ['data-elements', [['1', '2'], [], []]],
    ]);
    expect(silent).toEqual(['talent']);
  });
  it('knows two plans of one city', () => {
    expect(isSameCityPair([{ city: '盐城', divisionCode: '320900' }, { city: '盐城', divisionCode: '320900' }])).toBe(true);
    expect(isSameCityPair([{ city: '盐城' }, { city: '苏州' }])).toBe(false);
    expect(isSameCityPair([{ city: '盐城' }, { city: '盐城' }, { city: '盐城' }])).toBe(false);
  });
});
