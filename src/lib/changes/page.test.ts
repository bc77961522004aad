import { describe, expect, it } from 'vitest';
import { clause, seedPlans } from '~/lib/testing';
import { cityChangesDataSchema, type CityChanges } from '~/schemas/changes';
import { changesOpenData, changesUrl, cityChangesView, clauseOrderOf, pairFiles, stepOf } from './page';

const plans = new Map(seedPlans.filter((p) => p.city === '盐城').map((p) => [p.slug, p]));
const clauses = [
  clause({ id: '1-2-1', plan: 'yancheng-2022-2024', order: 3, heading: '数字产业化水平显著提升' }),
  clause({ id: '2-5-1', plan: 'yancheng-2025-2027', order: 20, heading: '强化数字产业主体引培' }),
  clause({ id: 'annex-1-r10', plan: 'yancheng-2025-2027', order: 40, kind: 'row', cells: [{ column: '主要指标', text: '规上数字经济核心产业企业数量(个)' }] }),
];
const corpus = {
  planBySlug: plans,
  clausesOf: (p: string) => clauses.filter((c) => c.plan === p),
  themes: [{ slug: 'digital-industry', label: '数字产业' }, { slug: 'talent', label: '人才' }],
};
const city: CityChanges = {
  city: '盐城',
  slug: 'yancheng',
  plans: ['yancheng-2022-2024', 'yancheng-2025-2027'],
  steps: [
    {
      anchor: 'yancheng-2022-2024--yancheng-2025-2027',
      from: 'yancheng-2022-2024',
      to: 'yancheng-2025-2027',
      relation: 'consecutive',
      links: [],
      verdicts: [
        { plan: 'yancheng-2025-2027', id: '2-5-1', kind: 'raised', themes: ['digital-industry'] },
        { plan: 'yancheng-2022-2024', id: '1-2-1', kind: 'dropped', themes: ['digital-industry'] },
      ],
      targets: [{ key: 'k', indicator: '规上数字经济核心产业企业数', unit: '家', from: { value: 1000, year: 2024, clause: '1-2-1' }, to: { value: 1500, year: 2027, clause: '2-5-1' }, direction: 'raised' }],
    },
  ],
  pairs: [],
  trajectories: [
    {
      key: 'k',
      indicator: '规上数字经济核心产业企业数',
      unit: '个',
      measure: 'cumulative',
      points: [
        { plan: 'yancheng-2022-2024', clause: '1-2-1', url: '/plans/yancheng-2022-2024/1-2-1/', year: 2024, value: 1000, valueMax: null, comparator: '≥' },
        { plan: 'yancheng-2025-2027', clause: 'annex-1-r10', url: '/plans/yancheng-2025-2027/annex-1-r10/', year: 2025, value: 1350, valueMax: null, comparator: '=' },
      ],
    },
  ],
  themes: [
    { plan: 'yancheng-2022-2024', total: 4, counts: { 'digital-industry': 1 } },
    { plan: 'yancheng-2025-2027', total: 2, counts: { 'digital-industry': 1 } },
  ],
};

describe('cityChangesView', () => {
  const v = cityChangesView(city, corpus);
  it('names plans by their short label and keeps them in time order', () => {
    expect(v.plans.map((p) => p.slug)).toEqual(city.plans);
    expect(v.planName('yancheng-2025-2027')).toBe('2025–2027');
  });
  it('charts each trajectory point on its plan, linked to its clause, and tabulates it', () => {
    const [t] = v.trajectories;
    expect(t.plans).toBe(2);
    expect(t.chart.points.map((p) => [p.year, p.plan, p.url])).toEqual([
      [2024, 0, '/plans/yancheng-2022-2024/1-2-1/'],
      [2025, 1, '/plans/yancheng-2025-2027/annex-1-r10/'],
    ]);
    expect(t.rows[0]).toMatchObject({ plan: '2022–2024', value: '≥ 1,000 个', pinpoint: '1-2-1' });
  });
  it('gives each plan its theme share, only for themes some plan speaks of', () => {
    expect(v.themeShift.themes).toEqual([{ label: '数字产业', url: '/themes/digital-industry/', shares: [0.25, 0.5] }]);
    expect(v.themeRows[0].cells.map((c) => c.pct)).toEqual(['25%', '50%']);
  });
});

describe('lookups', () => {
  it('find the step comparing two plans, earlier first', () => {
    expect(stepOf({ cities: [city] }, 'yancheng-2022-2024', 'yancheng-2025-2027')?.city).toBe('yancheng');
    expect(stepOf({ cities: [city] }, 'yancheng-2025-2027', 'yancheng-2022-2024')).toBeNull();
  });
  it('order clauses as their plan does', () => {
    const order = clauseOrderOf(corpus);
    expect(order('yancheng-2025-2027', '2-5-1')).toBeLessThan(order('yancheng-2025-2027', 'annex-1-r10'));
    expect(order('yancheng-2025-2027', 'nope')).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe('changesOpenData', () => {
  it('is an index: each step with its page, its counts and its comparison’s file, no alignment of its own', () => {
    const d = changesOpenData(city, corpus, 'method');
    expect(cityChangesDataSchema.parse(d)).toEqual(d);
    expect(d.url).toBe(changesUrl('yancheng'));
    expect(d.steps[0]).toEqual({
      anchor: 'yancheng-2022-2024--yancheng-2025-2027',
      from: 'yancheng-2022-2024',
      to: 'yancheng-2025-2027',
      relation: city.steps[0].relation,
      page: '/cities/yancheng/changes/yancheng-2022-2024--yancheng-2025-2027/',
      data: '/data/changes/pairs/yancheng-2022-2024--yancheng-2025-2027.json',
      counts: { new: 0, raised: 1, lowered: 0, continued: 0, dropped: 1 },
    });
    expect(d.steps[0]).not.toHaveProperty('links');
  });
  it('names the data file of every other pair of the city’s plans', () => {
    const other = { ...city.steps[0], anchor: 'yancheng-2022-2024--yancheng-2024', to: 'yancheng-2024' };
    const d = changesOpenData({ ...city, pairs: [other] }, corpus, 'method');
    expect(d.pairs).toEqual([{ from: 'yancheng-2022-2024', to: 'yancheng-2024', data: '/data/changes/pairs/yancheng-2022-2024--yancheng-2024.json' }]);
  });
});

describe('pairFiles', () => {
  it('gives every step and every other pair of a city one file, named in canonical order', () => {
    const other = { ...city.steps[0], anchor: 'yancheng-2024--yancheng-2025-2027', from: 'yancheng-2024' };
    expect(pairFiles({ cities: [{ ...city, pairs: [other] }] }).map((f) => f.url)).toEqual([
      '/data/changes/pairs/yancheng-2022-2024--yancheng-2025-2027.json',
      '/data/changes/pairs/yancheng-2024--yancheng-2025-2027.json',
    ]);
  });
});

describe('the step pages', () => {
  it('give each step its page', () => {
    expect(cityChangesView(city, corpus).steps.map((s) => s.url)).toEqual(['/cities/yancheng/changes/yancheng-2022-2024--yancheng-2025-2027/']);
  });
});
