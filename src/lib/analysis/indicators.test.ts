import { describe, expect, it } from 'vitest';
import type { TargetRecord } from '~/schemas/targets';
import { formatYear, groupIndicators, indicatorKey, indicatorLabel, loadTargets, splitSingleCity, targetsCsv, unitFamily } from './indicators';

const t = (o: Partial<TargetRecord>): TargetRecord => ({
  plan: 'yancheng-2025-2027', clause: 'annex-1-r1', url: '/plans/yancheng-2025-2027/annex-1-r1/', city: '盐城',
  indicator: '数字经济核心产业营业收入', raw: '数字经济核心产业营业收入', value: 2300, valueMax: null, unit: '亿元',
  year: 2025, scope: [], measure: 'unmarked', comparator: '=', text: '1 | … | 2300', ...o,
});

describe('open data', () => {
  it('writes CSV with BOM, quoting and absolute URLs', () => {
    const csv = targetsCsv([t({ text: '含,逗号"引号"' })], 'https://example.org');
    expect(csv.startsWith('\uFEFFindicator,')).toBe(true);
    expect(csv).toContain('"含,逗号""引号"""');
    expect(csv).toContain('https://example.org/plans/yancheng-2025-2027/annex-1-r1/');
  });
});

describe('indicator groups', () => {
  const ys = (o: Partial<TargetRecord>) => t({ ...o });
  it('puts counting units of one indicator in one chart, other units in charts of their own', () => {
    const g = groupIndicators([
      ys({ indicator: '百亿级数字产业园区(集聚区)', unit: '家', year: 2027, value: 10 }),
      ys({ indicator: '百亿级数字产业园区(集聚区)', unit: '个', year: 2025, value: 8, clause: 'annex-1-r14' }),
      ys({ indicator: '百亿级数字产业园区(集聚区)', unit: '亿元', year: null, value: 9 }),
    ]);
    expect(g.map((x) => x.panels.map((p) => p.unitLabel))).toEqual([['个/家'], ['亿元']]);
    expect(g[0].panels[0].dated.map((x) => x.year)).toEqual([2025, 2027]);
    expect(unitFamily('%')).toBe('%');
    expect(unitFamily('')).toBe('');
  });

  it('gives the table its targets by clause, the chart its points by value within one year, city and plan', () => {
    const [g] = groupIndicators([
      ys({ indicator: '算力规模', unit: 'P', year: 2027, value: 300, clause: '1-1' }),
      ys({ indicator: '算力规模', unit: 'P', year: 2027, value: 100, clause: '1-2' }),
      ys({ indicator: '算力规模', unit: 'P', year: null, value: 50, clause: '1-0' }),
      ys({ indicator: '算力规模', unit: 'P', year: 2025, value: 900, clause: '1-3' }),
    ]);
    expect(g.targets.map((x) => x.clause)).toEqual(['1-3', '1-1', '1-2', '1-0']);
    expect(g.panels[0].dated.map((x) => x.clause)).toEqual(['1-3', '1-2', '1-1']);
  });

  it('puts indicators that line up across cities first, with stable anchors', () => {
    const data = [
      ys({ indicator: '算力规模', unit: 'P', year: 2027, value: 20000 }),
      ys({ indicator: '数据中心机架', unit: '架', city: '盐城' }),
      ys({ indicator: '数据中心机架', unit: '架', city: '苏州', plan: 'suzhou-2021-2023' }),
    ];
    const g = groupIndicators(data);
    expect(g.map((x) => x.indicator)).toEqual(['数据中心机架', '算力规模']);
    expect(g[0].cities).toEqual(['盐城', '苏州'].sort());
    const alone = groupIndicators([data[0]]);
    expect(alone[0].anchor).toBe(g[1].anchor);
    expect(g[0].anchor).toMatch(/^ind-[0-9a-z]{6}$/);
  });

  it('formats years for table cells', () => {
    expect(formatYear({ year: 2027, measure: 'unmarked' })).toBe('2027年');
    expect(formatYear({ year: 2025, measure: 'per-year' })).toBe('2025年（每年）');
    expect(formatYear({ year: null, measure: 'per-year' })).toBe('每年');
    expect(formatYear({ year: null, measure: 'cumulative' })).toBe('未载明');
  });
});

describe('single-city indicators on a light page', () => {
  it('charts the few with the most dated points per city, lists the rest compactly per city', () => {
    const ts = [
      ...[2025, 2026, 2027].map((year) => t({ indicator: 'A', year })),
      ...[2025, 2026, 2027, 2027].map((year, i) => t({ indicator: 'B', year, clause: `r${i}` })),
      t({ indicator: 'C', year: null }),
      ...[2021, 2022, 2023].map((year) => t({ indicator: 'D', year, city: '苏州', plan: 'suzhou-2021-2023' })),
      t({ indicator: 'E', year: 2023, city: '苏州', plan: 'suzhou-2021-2023' }),
    ];
    const { featured, compact } = splitSingleCity(groupIndicators(ts), ['盐城', '苏州'], 1, 3);
    expect(featured.map((g) => g.indicator)).toEqual(['B', 'D']);
    expect(compact.map((c) => [c.city, c.groups.map((g) => g.indicator).sort()])).toEqual([
      ['盐城', ['A', 'C']],
      ['苏州', ['E']],
    ]);
  });
});

describe('like with like (indicatorKey)', () => {
  // The three mixtures the issue saw, as the extraction now gives them (content/analysis/targets.json, 盐城 2025–2027).
  const national = t({ indicator: '高新技术企业', scope: ['国家级'], unit: '家', year: 2027, value: 400, clause: '2-5-1' });
  const taizhou = t({ indicator: '高新技术企业', scope: ['数字经济领域'], unit: '家', year: null, value: 40, city: '泰州', plan: 'taizhou-zhidao-yijian', clause: '1' });
  const yearly = t({ indicator: '高新技术企业', scope: ['数字经济领域'], measure: 'per-year', unit: '家', year: 2025, value: 55, clause: 'annex-2-r24' });
  const table = t({ indicator: '高新技术企业', measure: 'cumulative', unit: '个', year: 2027, value: 400, clause: 'annex-1-r12' });
  const cumulative = t({ indicator: '专精特新企业', scope: ['省级以上'], measure: 'cumulative', unit: '家', year: 2025, value: 170, clause: 'annex-1-r13' });
  const annual = t({ indicator: '专精特新企业', scope: ['中小企业'], measure: 'per-year', unit: '家', year: 2025, value: 60, clause: 'annex-2-r24' });

  it('keeps apart what differs in scope, measure or unit — never one chart', () => {
    expect(new Set([national, taizhou, yearly, table].map(indicatorKey)).size).toBe(4);
    expect(indicatorKey(cumulative)).not.toBe(indicatorKey(annual));
    expect(indicatorKey({ ...national, unit: '%' })).not.toBe(indicatorKey(national));
    const groups = groupIndicators([national, taizhou, yearly, table, cumulative, annual]);
    for (const g of groups) expect(new Set(g.targets.map(indicatorKey)).size).toBe(1);
    expect(groups.filter((g) => g.cities.length > 1)).toEqual([]);
  });

  it('joins what is alike: the same count in 个 and 家, and 万/亿 already folded by the extraction', () => {
    expect(indicatorKey({ ...table, unit: '家' })).toBe(indicatorKey(table));
    expect(indicatorKey(t({ value: 0.5, unit: '亿元' }))).toBe(indicatorKey(t({ value: 2300, unit: '亿元' })));
  });

  it('names a group by its indicator, scope and measure', () => {
    expect(indicatorLabel(national)).toBe('高新技术企业（国家级）');
    expect(indicatorLabel(yearly)).toBe('高新技术企业（数字经济领域、每年）');
    expect(indicatorLabel(table)).toBe('高新技术企业（累计）');
    expect(indicatorLabel(t({}))).toBe('数字经济核心产业营业收入');
  });

  it('on the seeds, only these line up across cities (checked by hand against the clauses)', () => {
    const shared = groupIndicators(loadTargets()).filter((g) => g.cities.length > 1);
    expect(shared.map((g) => [g.label, g.panels[0].unitLabel, g.cities])).toEqual([
      ['数字经济核心产业增加值', '亿元', ['盐城', '苏州'].sort()],
      ['数字经济核心产业增加值占GDP比重', '%', ['泰州', '盐城'].sort()],
      ['高新技术企业（数字经济领域）', '家', ['泰州', '苏州'].sort()],
    ]);
    for (const g of groupIndicators(loadTargets())) expect(new Set(g.targets.map(indicatorKey)).size, g.label).toBe(1);
  });
});
