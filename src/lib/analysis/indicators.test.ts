import { describe, expect, it } from 'vitest';
import type { TargetRecord } from '~/schemas/targets';
import { formatYear, groupIndicators, splitSingleCity, targetsCsv, unitFamily } from './indicators';

const t = (o: Partial<TargetRecord>): TargetRecord => ({
  plan: 'yancheng-2025-2027', clause: 'annex-1-r1', url: '/plans/yancheng-2025-2027/annex-1-r1/', city: '盐城',
  indicator: '数字经济核心产业营业收入', raw: '数字经济核心产业营业收入', value: 2300, valueMax: null, unit: '亿元',
  year: 2025, annual: false, comparator: '=', text: '1 | … | 2300', ...o,
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
  it('merges counting units of one indicator into one panel, keeps other units apart', () => {
    const g = groupIndicators([
      ys({ indicator: '先进级智能工厂', unit: '家', year: 2027, value: 400 }),
      ys({ indicator: '先进级智能工厂', unit: '个', year: 2025, value: 130, clause: 'annex-1-r3' }),
      ys({ indicator: '先进级智能工厂', unit: '亿元', year: null, value: 9 }),
    ]);
    expect(g).toHaveLength(1);
    expect(g[0].panels.map((p) => p.unitLabel)).toEqual(['个/家', '亿元']);
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
    expect(formatYear({ year: 2027, annual: false })).toBe('2027年');
    expect(formatYear({ year: null, annual: true })).toBe('每年');
    expect(formatYear({ year: null, annual: false })).toBe('未载明');
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
