import { describe, expect, it } from 'vitest';
import type { PlanFacets } from './build';
import type { Hit } from './engine';
import { applySelection, emptySelection, facetCounts, UNKNOWN_VALUE, type FacetContext } from './facets';

const plan = (slug: string, city: string, kind: string | null, year: number | null, first: number): PlanFacets => ({
  slug, city, label: `${city} ${year ?? ''}`, kind, year, first, count: 10,
});
const plans = [plan('yc-2025', '盐城', '三年行动计划', 2025, 0), plan('yc-2024', '盐城', '工作要点', 2024, 10), plan('tz', '泰州', null, null, 20)];
const themes = [{ slug: 'data', label: '数据要素' }, { slug: 'ai', label: '人工智能' }];
const themesOfClause = new Map([[1, [0, 1]], [11, [0]], [21, [0]], [22, [1]]]);
const ctx: FacetContext = { plans, themes, themesOf: (clause) => themesOfClause.get(clause) ?? [] };
const hits: Hit[] = [1, 2, 11, 21, 22].map((clause) => ({ clause, plan: Math.floor(clause / 10), counts: [1] }));

describe('facets', () => {
  it('counts every facet over the hits, unknown kind and year shown as 未知', () => {
    const c = facetCounts(hits, emptySelection(), ctx);
    expect(c.city.map((v) => [v.value, v.count])).toEqual([['盐城', 3], ['泰州', 2]]);
    expect(c.plan.map((v) => [v.value, v.count])).toEqual([['yc-2025', 2], ['yc-2024', 1], ['tz', 2]]);
    expect(c.theme.map((v) => [v.label, v.count])).toEqual([['数据要素', 3], ['人工智能', 2]]);
    expect(c.year.map((v) => v.value)).toEqual(['2025', '2024', UNKNOWN_VALUE]);
    expect(c.kind.find((v) => v.value === UNKNOWN_VALUE)?.count).toBe(2);
  });
  it('filters OR within a facet and AND across facets', () => {
    const sel = { ...emptySelection(), city: new Set(['盐城']), theme: new Set(['data', 'ai']) };
    expect(applySelection(hits, sel, ctx).map((h) => h.clause)).toEqual([1, 11]);
  });
  it("counts a facet's values over the hits the other facets let through, keeping selected values", () => {
    const sel = { ...emptySelection(), city: new Set(['泰州']), year: new Set(['2025']) };
    const c = facetCounts(hits, sel, ctx);
    // city counts ignore the city selection but honour the year selection
    expect(c.city.map((v) => [v.value, v.count, v.selected])).toEqual([['盐城', 2, false], ['泰州', 0, true]]);
  });
});
