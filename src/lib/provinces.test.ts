import { describe, expect, it } from 'vitest';
import { groupByCity } from './plans';
import { groupByProvince } from './provinces';
import { plan, seedPlans } from './testing';

describe('groupByProvince', () => {
  it('puts the seeds’ three cities under 江苏', () => {
    const groups = groupByProvince(groupByCity(seedPlans));
    expect(groups.map((g) => [g.province, g.code, g.slug, g.cities.map((c) => c.city), g.plans.length])).toEqual([['江苏', '320000', 'jiangsu', ['苏州', '泰州', '盐城'], 5]]);
  });
  it('orders provinces by code and keeps plans of an unknown province apart, last', () => {
    const plans = [
      plan({ slug: 'taizhou-zhejiang-2024', city: '台州', title: 't', province: '浙江', provinceCode: '330000', divisionCode: '331000' }),
      plan({ slug: 'x-2024', city: '某地', title: 'x', province: null, provinceCode: null }),
      plan({ slug: 'beijing-2024', city: '北京', title: 'b', province: '北京', provinceCode: '110000', divisionCode: '110000' }),
    ];
    expect(groupByProvince(groupByCity(plans)).map((g) => [g.province, g.slug])).toEqual([
      ['北京', 'beijing'],
      ['浙江', 'zhejiang'],
      ['未知', 'unknown'],
    ]);
  });
});
