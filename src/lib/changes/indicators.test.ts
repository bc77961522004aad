import { describe, expect, it } from 'vitest';
import { likeKey, measureOf, PER_YEAR_CUE, scopeOf, SCOPE_WORDS, targetMoves, trajectories, unitFamily, type TargetInput } from './indicators';

const t = (p: Partial<TargetInput> & Pick<TargetInput, 'plan' | 'clause' | 'indicator' | 'raw' | 'value'>): TargetInput => ({
  valueMax: null,
  unit: '家',
  year: null,
  annual: false,
  comparator: '=',
  text: p.raw,
  url: `/plans/${p.plan}/${p.clause}/`,
  ...p,
});

// As extracted from 盐城's plans (content/analysis/targets.json).
const firms2022 = t({ plan: 'y22', clause: '1-2-1', indicator: '规上数字经济核心产业企业数', raw: '数字经济核心产业规上企业数', value: 1000, year: 2024, comparator: '≥' });
const firms2022b = t({ plan: 'y22', clause: '2-7-19', indicator: '规上数字经济核心产业企业数', raw: '数字经济核心产业规上企业数', value: 1000, year: 2024, comparator: '>' });
const firms2025 = [2025, 2026, 2027].map((year, i) =>
  t({ plan: 'y25', clause: 'annex-1-r10', indicator: '规上数字经济核心产业企业数', raw: '规上数字经济核心产业企业数量', value: [1350, 1430, 1500][i], year, unit: '个' }),
);
const hightech = t({ plan: 'y25', clause: 'annex-1-r12', indicator: '高新技术企业', raw: '累计建成高新技术企业数量', value: 400, year: 2027, unit: '个' });
const hightechNational = t({ plan: 'y25', clause: '2-5-1', indicator: '高新技术企业', raw: '国家高新技术企业', value: 400, year: 2027, comparator: '>' });
const hightechYear = t({ plan: 'y25', clause: 'annex-2-r24', indicator: '高新技术企业', raw: '数字经济高新技术企业', value: 55, year: 2025, text: '扎实抓好数字经济企业“三件事”,全年培育数字经济高新技术企业55家' });

describe('like with like', () => {
  it('PER_YEAR_CUE: 全年 / 年内 / 每年 / 年均 just before the indicator make it per year', () => {
    expect(measureOf(hightechYear)).toBe('per-year');
    expect(measureOf({ annual: true, raw: '先进级智能工厂', text: '' })).toBe('per-year');
    expect(measureOf(hightech)).toBe('stock');
    expect(PER_YEAR_CUE.test('全年培育')).toBe(true);
    expect(PER_YEAR_CUE.test('每年打造典型应用场景,累计建成')).toBe(false);
  });
  it('SCOPE_WORDS: a qualifier not in the indicator name is a scope; one that is, is not', () => {
    expect(scopeOf(hightechNational)).toEqual(['国家']);
    expect(scopeOf({ indicator: '专精特新企业', raw: '累计建成省级以上专精特新企业' })).toEqual(['省级以上']);
    expect(scopeOf(firms2025[0])).toEqual([]);
    expect(SCOPE_WORDS).toContain('省级以上');
  });
  it('counts 个 and 家 as one unit family, not 亿元 and %', () => {
    expect(unitFamily('家')).toBe(unitFamily('个'));
    expect(unitFamily('亿元')).toBe('亿元');
  });
  it('gives the same key to the same measure of the same thing, another to a scope, a per-year amount or a unit', () => {
    expect(likeKey(firms2022)).toBe(likeKey(firms2025[0]));
    expect(new Set([likeKey(hightech), likeKey(hightechNational), likeKey(hightechYear)]).size).toBe(3);
    expect(likeKey({ ...firms2022, unit: '%' })).not.toBe(likeKey(firms2022));
  });
});

describe('trajectories', () => {
  const order = (plan: string, clause: string) => ({ '1-2-1': 1, '2-7-19': 2 })[clause] ?? 0;
  const all = trajectories(['y22', 'y25'], [firms2022b, firms2022, ...firms2025, hightech, hightechNational], { clauseOrder: order });

  it('line up one indicator across plans, one point per plan and year, from the first clause stating it', () => {
    const firms = all[0];
    expect(firms.indicator).toBe('规上数字经济核心产业企业数');
    expect(firms.points.map((p) => [p.plan, p.clause, p.year, p.value])).toEqual([
      ['y22', '1-2-1', 2024, 1000],
      ['y25', 'annex-1-r10', 2025, 1350],
      ['y25', 'annex-1-r10', 2026, 1430],
      ['y25', 'annex-1-r10', 2027, 1500],
    ]);
    expect(firms.unit).toBe('个');
  });
  it('keep only series stated by enough plans when asked', () => {
    expect(trajectories(['y22', 'y25'], [firms2022, ...firms2025, hightech], { minPlans: 2 }).map((x) => x.indicator)).toEqual(['规上数字经济核心产业企业数']);
    expect(all.find((x) => x.indicator === '国家高新技术企业')).toBeDefined();
  });
  it('compare the last targets of two plans: raised, lowered or the same', () => {
    const [move] = targetMoves(all, 'y22', 'y25').filter((m) => m.indicator === '规上数字经济核心产业企业数');
    expect(move).toMatchObject({ direction: 'raised', from: { value: 1000, year: 2024, clause: '1-2-1' }, to: { value: 1500, year: 2027, clause: 'annex-1-r10' } });
    const lowered = trajectories(['a', 'b'], [t({ plan: 'a', clause: '1', indicator: 'X', raw: 'X', value: 9, year: 2024 }), t({ plan: 'b', clause: '1', indicator: 'X', raw: 'X', value: 5, year: 2027 })]);
    expect(targetMoves(lowered, 'a', 'b')[0].direction).toBe('lowered');
    expect(targetMoves(all, 'y25', 'nothing')).toEqual([]);
  });
});
