import { describe, expect, it } from 'vitest';
import type { TargetRecord } from '~/schemas/targets';
import { indicatorProvinceUrl, indicatorUrl, targetsByProvince } from './indicatorpages';

const target = (plan: string, city: string): TargetRecord => ({ plan, city, url: `/plans/${plan}/1/` }) as TargetRecord;

describe('indicator pages', () => {
  it('keep the anchor the indicator had on the single page', () => {
    expect(indicatorUrl('ind-abc123')).toBe('/indicators/ind-abc123/');
    expect(indicatorProvinceUrl('ind-abc123', 'jiangsu')).toBe('/indicators/ind-abc123/jiangsu/');
  });
  it('split an indicator’s targets by province, in code order, with their cities and plans', () => {
    const places: Record<string, { province: string; slug: string; code: string | null }> = {
      'hangzhou-2024': { province: '浙江', slug: 'zhejiang', code: '330000' },
      'yancheng-2024': { province: '江苏', slug: 'jiangsu', code: '320000' },
      'suzhou-2021-2023': { province: '江苏', slug: 'jiangsu', code: '320000' },
    };
    const groups = targetsByProvince([target('hangzhou-2024', '杭州'), target('yancheng-2024', '盐城'), target('suzhou-2021-2023', '苏州'), target('yancheng-2024', '盐城')], (p) => places[p]);
    expect(groups.map((g) => [g.province, g.targets.length, g.cities, g.plans])).toEqual([
      ['江苏', 3, 2, 2],
      ['浙江', 1, 1, 1],
    ]);
  });
});
