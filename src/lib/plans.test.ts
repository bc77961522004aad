import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SORT_VALUE,
  PLAN_COLUMNS,
  groupByCity,
  headingText,
  parseSortOrder,
  partAnchor,
  planSortKeys,
  planSortOrders,
  planTimeKey,
  planToc,
  sectionAnchor,
  sortByTime,
  sortPlans,
  sortRows,
} from './plans';
import { plan, seedPlans } from './testing';

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

describe('plans index sorting', () => {
  const ordered = sortPlans(seedPlans);
  /** Seed clause counts are irrelevant here; distinct made-up counts with a 1-digit and 2-digit value. */
  const counts: Record<string, number> = { 'suzhou-2021-2023': 120, 'taizhou-zhidao-yijian': 9, 'yancheng-2022-2024': 35, 'yancheng-2024': 61, 'yancheng-2025-2027': 44 };
  const rows = ordered.map((p) => ({ slug: p.slug, keys: planSortKeys(p, counts[p.slug]) }));
  const sortedBy = (key: keyof (typeof rows)[number]['keys'], direction: 'ascending' | 'descending') =>
    sortRows(rows, (r) => r.keys[key], direction).map((r) => r.slug);

  it('offers every column in both directions, each order with a distinct value that parses back', () => {
    const orders = planSortOrders();
    expect(orders).toHaveLength(PLAN_COLUMNS.length * 2);
    expect(new Set(orders.map((o) => o.value)).size).toBe(orders.length);
    expect(orders.map((o) => o.label)).toContain('条款数(由多到少)');
    expect(orders.map((o) => o.label)).toContain('日期(由晚到早)');
    expect(orders.map((o) => o.label)).toContain('城市(按拼音)');
    for (const o of orders) expect(parseSortOrder(o.value)).toEqual({ key: o.key, direction: o.direction });
  });

  it('reads the default order and unknown values as no order', () => {
    expect(parseSortOrder(DEFAULT_SORT_VALUE)).toBeNull();
    expect(parseSortOrder('colour:ascending')).toBeNull();
    expect(parseSortOrder('date:sideways')).toBeNull();
    expect(parseSortOrder('date:ascending:x')).toBeNull();
  });

  it('sorts counts by value, not as text (9 before 35 before 120)', () => {
    expect(sortedBy('clauses', 'ascending')).toEqual(['taizhou-zhidao-yijian', 'yancheng-2022-2024', 'yancheng-2025-2027', 'yancheng-2024', 'suzhou-2021-2023']);
    expect(sortedBy('clauses', 'descending')).toEqual(['suzhou-2021-2023', 'yancheng-2024', 'yancheng-2025-2027', 'yancheng-2022-2024', 'taizhou-zhidao-yijian']);
  });

  it('puts plans whose value is unknown last in both directions, never guessing a place for them', () => {
    // Dates: only yancheng-2025-2027 and yancheng-2024 state one.
    expect(sortedBy('date', 'ascending')).toEqual(['yancheng-2024', 'yancheng-2025-2027', 'suzhou-2021-2023', 'taizhou-zhidao-yijian', 'yancheng-2022-2024']);
    expect(sortedBy('date', 'descending')).toEqual(['yancheng-2025-2027', 'yancheng-2024', 'suzhou-2021-2023', 'taizhou-zhidao-yijian', 'yancheng-2022-2024']);
    // Period: 泰州's guidance has neither period nor date.
    expect(sortedBy('period', 'descending')).toEqual(['yancheng-2025-2027', 'yancheng-2024', 'yancheng-2022-2024', 'suzhou-2021-2023', 'taizhou-zhidao-yijian']);
    expect(planSortKeys(seedPlans[3], 0).period).toBe('');
  });

  it('sorts Chinese text by pinyin and keeps the default order among ties', () => {
    expect(sortedBy('city', 'ascending')).toEqual(ordered.map((p) => p.slug));
    expect(sortedBy('city', 'descending')).toEqual(['yancheng-2022-2024', 'yancheng-2024', 'yancheng-2025-2027', 'taizhou-zhidao-yijian', 'suzhou-2021-2023']);
  });

  it('orders numbers inside text by value (〔2021〕5号 before 〔2021〕15号)', () => {
    const docs = ['苏委发〔2021〕15号', '苏委发〔2021〕5号', '苏委发〔2020〕30号'];
    expect(sortRows(docs, (d) => d, 'ascending')).toEqual(['苏委发〔2020〕30号', '苏委发〔2021〕5号', '苏委发〔2021〕15号']);
  });
});
