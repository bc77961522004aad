import { describe, expect, it } from 'vitest';
import { cityChanges, leadStep, otherPairsOf, stepsOf, themeShares } from './city';
import { unit } from './testing';

const plans = [
  { slug: 'yancheng-2022-2024', kind: '三年行动计划' },
  { slug: 'yancheng-2024', kind: '年度工作要点' },
  { slug: 'yancheng-2025-2027', kind: '三年行动计划' },
];

describe('steps', () => {
  it('compare each plan with the one before it and, past plans of another kind, with the previous one of its own kind', () => {
    expect(stepsOf(plans)).toEqual([
      ['yancheng-2022-2024', 'yancheng-2024', 'consecutive'],
      ['yancheng-2024', 'yancheng-2025-2027', 'consecutive'],
      ['yancheng-2022-2024', 'yancheng-2025-2027', 'same-kind'],
    ]);
    expect(stepsOf([{ slug: 'a', kind: null }, { slug: 'b', kind: null }, { slug: 'c', kind: null }]).map((s) => s[2])).toEqual(['consecutive', 'consecutive']);
  });
  it('stay linear: at most two per plan, never every pair', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ slug: `p${i}`, kind: i % 3 === 0 ? '行动计划' : '工作要点' }));
    expect(stepsOf(many).length).toBeLessThanOrEqual(2 * many.length);
  });
  it('lead with the latest plan against the previous plan of its kind', () => {
    const steps = stepsOf(plans).map(([from, to, relation]) => ({ from, to, relation }));
    expect(leadStep(steps)).toMatchObject({ from: 'yancheng-2022-2024', to: 'yancheng-2025-2027' });
    expect(leadStep(steps.slice(0, 1))).toMatchObject({ to: 'yancheng-2024' });
    expect(leadStep([])).toBeNull();
  });
});

describe('cityChanges', () => {
  const units: Record<string, ReturnType<typeof unit>[]> = {
    'yancheng-2022-2024': [unit('2-7-21', [['黄海明珠人才计划', '实训基地']], { themes: ['talent'] })],
    'yancheng-2024': [unit('6-12', [['智慧校园', '医保电子凭证']], { themes: ['digital-society'] })],
    'yancheng-2025-2027': [unit('2-5-4', [['黄海明珠人才计划', '实训基地']], { themes: ['talent'] }), unit('2-4-3', [['智慧校园']], { themes: ['digital-society', 'digital-government'] })],
  };
  const c = cityChanges({ city: '盐城', slug: 'yancheng' }, plans, (p) => units[p], [], () => 0);
  it('gives each step an anchor, and each plan its theme counts', () => {
    expect(c.steps.map((s) => s.anchor)).toEqual(['yancheng-2022-2024--yancheng-2024', 'yancheng-2024--yancheng-2025-2027', 'yancheng-2022-2024--yancheng-2025-2027']);
    expect(c.themes.at(-1)).toEqual({ plan: 'yancheng-2025-2027', total: 2, counts: { 'digital-government': 1, 'digital-society': 1, talent: 1 } });
  });
  it('compares every other pair of its plans the same way, for the compare view', () => {
    const p = { city: '盐城', slug: 'yancheng' };
    const two = cityChanges(p, [plans[0], { slug: 'yancheng-2023', kind: '年度工作要点' }, plans[1]], (s) => units[s] ?? [], [], () => 0);
    // 2022–2024 → 2024 is no step (2023 lies between, and 2024 is of another kind), so it is a pair, compared as a step is.
    expect(two.pairs.map((x) => x.anchor)).toEqual(['yancheng-2022-2024--yancheng-2024']);
    expect(c.pairs).toEqual([]);
    expect(two.pairs[0].verdicts.map((v) => [v.id, v.kind])).toEqual([
      ['6-12', 'new'],
      ['2-7-21', 'dropped'],
    ]);
  });
  it('lists the pairs that are not steps, earlier first', () => {
    expect(otherPairsOf(['a', 'b', 'c'], new Set(['a--b', 'b--c']))).toEqual([['a', 'c']]);
  });
  it('counts a unit without a theme in no theme and not in the total with a theme', () => {
    expect(themeShares(['p'], () => [{ themes: [] }, { themes: ['talent'] }])).toEqual([{ plan: 'p', total: 1, counts: { talent: 1 } }]);
  });
});
