import { describe, expect, it } from 'vitest';
import { groupByCity } from './plans';
import { heatColor, provinceYearCounts, themeProvinceCounts } from './overview';
import { COLORS } from '~/charts/matrix';
import { groupByProvince } from './provinces';
import { plan, seedPlans } from './testing';

describe('overview by province', () => {
  it('counts plans in force per province and year, the undated apart', () => {
    const provinces = groupByProvince(groupByCity(seedPlans));
    const { years, counts } = provinceYearCounts(provinces);
    expect(years).toEqual(['2021', '2022', '2023', '2024', '2025', '2026', '2027', '时间未知']);
    // 苏州 2021–2023, 盐城 2022–2024, 2024, 2025–2027; 泰州 has no date.
    expect(counts).toEqual([[1, 2, 2, 2, 1, 1, 1, 1]]);
  });
  it('takes a plan without a period at the year of its date', () => {
    const provinces = groupByProvince(groupByCity([plan({ slug: 'a', city: '盐城', title: 'a', divisionCode: '320900', date: '2023-05-01' })]));
    expect(provinceYearCounts(provinces)).toEqual({ years: ['2023'], counts: [[1]] });
  });
  it('adds up a theme’s clauses over each province’s plans', () => {
    const provinces = groupByProvince(groupByCity(seedPlans));
    const count = (p: string, t: string) => (t === 'talent' ? (p.startsWith('yancheng') ? 2 : 1) : 0);
    expect(themeProvinceCounts(['talent', 'ai'], provinces, count)).toEqual([[8], [0]]);
  });
});

describe('heat colours', () => {
  it('run from the lightest tone to the mid tone, with zero apart', () => {
    expect(heatColor(0, 10)).toBe(COLORS.zero);
    expect(heatColor(10, 10)).toBe('rgb(127, 179, 187)');
    expect(heatColor(1, 10)).not.toBe(heatColor(9, 10));
  });
});
