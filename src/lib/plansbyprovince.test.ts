import { describe, expect, it } from 'vitest';
import { groupByCity } from './plans';
import { assertNoSegmentClash, PROVINCE_SEGMENT, provincePlansUrl, provinceRows } from './plansbyprovince';
import { groupByProvince } from './provinces';
import { plan, seedPlans } from './testing';

const counted = (p: ReturnType<typeof plan>, clauseCount: number) => ({ ...p, clauseCount });

describe('provinceRows', () => {
  it('counts cities, plans and clauses per province and spans the years its plans start in', () => {
    const plans = [
      counted(seedPlans[0], 40),
      counted(seedPlans[1], 30),
      counted(seedPlans[3], 12),
      counted(plan({ slug: 'hangzhou-2024', city: '杭州', title: '杭州市数字经济工作要点', province: '浙江', provinceCode: '330000', divisionCode: '330100', date: '2024-03-01' }), 7),
      counted(plan({ slug: 'x-plan', city: '某地', title: '某地数字经济规划', province: null, provinceCode: null }), 3),
    ];
    const rows = provinceRows(groupByProvince(groupByCity(plans)));
    expect(rows).toEqual([
      { province: '江苏', url: '/plans/province/jiangsu/', cities: 3, plans: 3, clauses: 82, years: '2021–2025' },
      { province: '浙江', url: '/plans/province/zhejiang/', cities: 1, plans: 1, clauses: 7, years: '2024' },
      { province: '未知', url: '/plans/province/unknown/', cities: 1, plans: 1, clauses: 3, years: null },
    ]);
  });
});

describe('the province pages’ URL segment', () => {
  it('is a path under /plans/ that no plan may take as its slug', () => {
    expect(provincePlansUrl('jiangsu')).toBe(`/plans/${PROVINCE_SEGMENT}/jiangsu/`);
    expect(() => assertNoSegmentClash(seedPlans)).not.toThrow();
    expect(() => assertNoSegmentClash([...seedPlans, plan({ slug: PROVINCE_SEGMENT, city: '某地', title: '某地规划', source: 'seeds/x.txt' })])).toThrow(/seeds\/x\.txt.*reserved/);
  });
});
