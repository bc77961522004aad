import { describe, expect, it } from 'vitest';
import { groupByCity, headingText, partAnchor, planTimeKey, planToc, sectionAnchor, sortByTime, sortPlans } from './plans';
import { plan, seedPlans } from './testdata';

describe('ordering', () => {
  it('orders the seed plans by city (pinyin) then time: 盐城 2022–2024 → 2024 → 2025–2027', () => {
    expect(sortPlans(seedPlans).map((p) => p.slug)).toEqual([
      'suzhou-2021-2023',
      'taizhou-zhidao-yijian',
      'yancheng-2022-2024',
      'yancheng-2024',
      'yancheng-2025-2027',
    ]);
  });
  it('puts undated plans last instead of guessing a year, and uses the date year when there is no period', () => {
    const undated = plan({ slug: 'a-undated', city: '泰州', title: 'x' });
    const dated = plan({ slug: 'z-dated', city: '泰州', title: 'y', date: '2023-04' });
    expect(sortByTime([undated, dated]).map((p) => p.slug)).toEqual(['z-dated', 'a-undated']);
    expect(planTimeKey(dated)[0]).toBe(2023);
  });
  it('is deterministic whatever the input order', () => {
    const reversed = sortPlans([...seedPlans].reverse()).map((p) => p.slug);
    expect(reversed).toEqual(sortPlans(seedPlans).map((p) => p.slug));
  });
});

describe('groupByCity', () => {
  it('groups plans per city with pinyin slugs', () => {
    const groups = groupByCity(seedPlans);
    expect(groups.map((g) => [g.city, g.slug, g.plans.length])).toEqual([
      ['苏州', 'suzhou', 1],
      ['泰州', 'taizhou', 1],
      ['盐城', 'yancheng', 3],
    ]);
  });
});

describe('planToc', () => {
  it('lists parts and their sections with anchors that cannot clash with clause ids', () => {
    const p = plan({
      slug: 's',
      city: '盐城',
      title: 't',
      parts: [
        { id: 'notice', kind: 'notice', label: '', title: '印发通知', titleInline: false, line: 1, clauses: ['notice'], sections: [], tables: [] },
        { id: '2', kind: 'part', label: '二、', title: '重点任务', titleInline: false, line: 1, clauses: [], sections: [{ id: '2-3', label: '(三)', title: '数据价值释放行动', titleInline: false, line: 1, clauses: ['2-3-1'] }], tables: [] },
        { id: 'annex-1', kind: 'annex', label: '附件1', title: '主要目标', titleInline: false, line: 1, clauses: ['annex-1'], sections: [], tables: [] },
      ],
    });
    expect(planToc(p)).toEqual([
      { anchor: 'part-notice', label: '', title: '印发通知', children: [] },
      { anchor: 'part-2', label: '二、', title: '重点任务', children: [{ anchor: 'sec-2-3', label: '(三)', title: '数据价值释放行动', children: [] }] },
      { anchor: 'part-annex-1', label: '附件1', title: '主要目标', children: [] },
    ]);
    expect(partAnchor({ id: 'annex-1' })).not.toBe('annex-1');
    expect(sectionAnchor('2-3')).toBe('sec-2-3');
  });
});

describe('headingText', () => {
  it('runs 一、 and (三) into the title, spaces 附件1 from it', () => {
    expect(headingText('二、', '重点任务')).toBe('二、重点任务');
    expect(headingText('(三)', '数据价值释放行动')).toBe('(三)数据价值释放行动');
    expect(headingText('附件1', '2025-2027年数字经济发展主要目标')).toBe('附件1 2025-2027年数字经济发展主要目标');
    expect(headingText('附件:', '附件目录')).toBe('附件:附件目录');
    expect(headingText('', '印发通知')).toBe('印发通知');
  });
});
