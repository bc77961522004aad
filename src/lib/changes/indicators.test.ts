import { describe, expect, it } from 'vitest';
import { targetMoves, trajectories, type TargetInput } from './indicators';

const t = (p: Partial<TargetInput> & Pick<TargetInput, 'plan' | 'clause' | 'indicator' | 'raw' | 'value'>): TargetInput => ({
  valueMax: null,
  unit: '家',
  year: null,
  scope: [],
  measure: 'unmarked',
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
const hightech = t({ plan: 'y25', clause: 'annex-1-r12', indicator: '高新技术企业', raw: '累计建成高新技术企业数量', value: 400, year: 2027, unit: '个', measure: 'cumulative' });
const hightechNational = t({ plan: 'y25', clause: '2-5-1', indicator: '高新技术企业', raw: '国家高新技术企业', value: 400, year: 2027, comparator: '>', scope: ['国家级'] });
const hightechYear = t({ plan: 'y25', clause: 'annex-2-r24', indicator: '高新技术企业', raw: '数字经济高新技术企业', value: 55, year: 2025, scope: ['数字经济领域'], measure: 'per-year', text: '扎实抓好数字经济企业“三件事”,全年培育数字经济高新技术企业55家' });

describe('like with like (the identity of src/lib/analysis/indicators.ts)', () => {
  it('puts the same measure of the same thing in one series, and a scope, a measure or a unit in another', () => {
    const series = trajectories(['y22', 'y25'], [firms2022, ...firms2025, hightech, hightechNational, hightechYear, { ...firms2022, clause: 'x', unit: '%' }]);
    const firms = series.filter((x) => x.points.some((p) => p.clause === '1-2-1'));
    expect(firms).toHaveLength(1);
    expect(firms[0].points.map((p) => p.plan)).toEqual(['y22', 'y25', 'y25', 'y25']); // 家 and 个: one unit family
    expect(series.filter((x) => x.key.startsWith('高新技术企业|'))).toHaveLength(3);
    expect(series.find((x) => x.points.some((p) => p.clause === 'x'))!.key).not.toBe(firms[0].key);
    expect(series.map((x) => x.indicator)).toContain('高新技术企业（国家级）');
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
    expect(all.find((x) => x.indicator === '高新技术企业（国家级）')).toBeDefined();
  });
  it('compare the last targets of two plans: raised, lowered or the same', () => {
    const [move] = targetMoves(all, 'y22', 'y25').filter((m) => m.indicator === '规上数字经济核心产业企业数');
    expect(move).toMatchObject({ direction: 'raised', from: { value: 1000, year: 2024, clause: '1-2-1' }, to: { value: 1500, year: 2027, clause: 'annex-1-r10' } });
    const lowered = trajectories(['a', 'b'], [t({ plan: 'a', clause: '1', indicator: 'X', raw: 'X', value: 9, year: 2024 }), t({ plan: 'b', clause: '1', indicator: 'X', raw: 'X', value: 5, year: 2027 })]);
    expect(targetMoves(lowered, 'a', 'b')[0].direction).toBe('lowered');
    expect(targetMoves(all, 'y25', 'nothing')).toEqual([]);
  });
});
