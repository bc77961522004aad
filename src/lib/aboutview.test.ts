import { describe, expect, it } from 'vitest';
import { sourceSummary } from './aboutview';
import { plan, seedPlans } from './testing';

describe('sourceSummary', () => {
  it('counts plans per format in the formats’ order, and those with a source URL or notes', () => {
    const plans = [
      ...seedPlans,
      plan({ slug: 'hangzhou-2024', city: '杭州', title: '杭州市数字经济工作要点', format: 'html', sourceUrl: 'https://www.hangzhou.gov.cn/x.html', notes: ['网页转载'] }),
      plan({ slug: 'ningbo-2023', city: '宁波', title: '宁波市数字经济规划', format: 'pdf' }),
    ];
    expect(sourceSummary(plans)).toEqual({
      plans: 7,
      formats: [
        { format: 'txt', label: '文本', plans: 5 },
        { format: 'pdf', label: 'PDF', plans: 1 },
        { format: 'html', label: '网页', plans: 1 },
      ],
      withSourceUrl: 3,
      withNotes: 1,
    });
  });
});
