import { describe, expect, it } from 'vitest';
import { extractFromRow, extractFromText, normaliseIndicator, scaleValue } from './targets';

const pick = (text: string) =>
  extractFromText('p', 'c', text).map((t) => ({
    indicator: t.indicator,
    value: t.value,
    valueMax: t.valueMax,
    unit: t.unit,
    year: t.year,
    comparator: t.comparator,
    annual: t.annual,
  }));

describe('targets from real sentences', () => {
  it('盐城 2025–2027: 突破 and 超 with 亿元', () => {
    expect(pick('到2027年,全市算力规模突破20000P,算力产业规模超50亿元。')).toEqual([
      { indicator: '算力规模', value: 20000, valueMax: null, unit: 'P', year: 2027, comparator: '>', annual: false },
      { indicator: '算力产业规模', value: 50, valueMax: null, unit: '亿元', year: 2027, comparator: '>', annual: false },
    ]);
  });

  it('泰州: 左右 percentage, and the paragraph year carried to the next sentence', () => {
    const t = pick(
      '到2025年,数字产业对经济发展的引领带动作用进一步提升,数字经济核心产业增加值占地区生产总值比重达到13.5%左右,数字产品制造业、数字技术应用业持续壮大。培育数字经济相关高新技术企业40家,支持关键技术攻关项目20项以上',
    );
    expect(t[0]).toEqual({
      indicator: '数字经济核心产业增加值占GDP比重',
      value: 13.5,
      valueMax: null,
      unit: '%',
      year: 2025,
      comparator: '≈',
      annual: false,
    });
    expect(t.find((x) => x.indicator === '高新技术企业')).toMatchObject({ value: 40, unit: '家', year: 2025, comparator: '=' });
    expect(t.find((x) => x.unit === '项')).toMatchObject({ value: 20, comparator: '≥' });
  });

  it('盐城 2022–2024 (PDF spacing): 万 units, 以上, count-of-things phrasing', () => {
    const t = pick(
      '4 ﹒ 信息基础设施持续升级。到2024年 ,5G 网络覆盖广度 和应用深度全面提升 , 累计建成 1.2 万个5G基站 , 市级以上工 业园区 5G、千兆光纤网络全覆盖 。 新型基础设施加快布局, 累计建成3个工业互联网标识解析二级节点 , 数据中心标准机 架数突破2 万架 ,创建国家级绿色数据中心。',
    );
    expect(t.find((x) => x.indicator === '5G基站')).toMatchObject({ value: 12000, unit: '个', year: 2024 });
    expect(t.find((x) => x.indicator === '数据中心机架')).toMatchObject({ value: 20000, unit: '架', comparator: '>' });
    expect(pick('全市数字经济 核心产业增加值占地区生产总值比重达到 10%以上')[0]).toMatchObject({
      indicator: '数字经济核心产业增加值占GDP比重',
      value: 10,
      unit: '%',
      comparator: '≥',
    });
  });

  it('苏州: ranges, 以下, 亿元 amounts', () => {
    expect(pick('到 2023 年,力争培育3~5 家营收超亿元的区块链龙头企业,实施不少于 200 个区块链应用案例')).toEqual([
      expect.objectContaining({ value: 3, valueMax: 5, unit: '家', year: 2023 }),
      expect.objectContaining({ value: 200, unit: '个', comparator: '≥' }),
    ]);
    expect(pick('新建数据中心 PUE(电能使用效率)值达到 1.3 以下。')[0]).toMatchObject({
      indicator: '数据中心PUE',
      value: 1.3,
      comparator: '≤',
    });
    expect(pick('到 2023 年,全市数字经济核心产业增加值达到 6000 亿元,年均增长率达 16%以上。')[0]).toMatchObject({
      indicator: '数字经济核心产业增加值',
      value: 6000,
      unit: '亿元',
      year: 2023,
    });
  });

  it('盐城 2024 工作要点: 万元 folded into 亿元; annual targets; growth rates kept apart', () => {
    expect(pick('消费券累计发放金额超5000万元。')[0]).toMatchObject({ value: 0.5, unit: '亿元', comparator: '>' });
    expect(pick('每年新增先进级智能工厂100家以上,卓越级智能工厂3家以上')).toEqual([
      expect.objectContaining({ indicator: '先进级智能工厂', value: 100, comparator: '≥', annual: true }),
      expect.objectContaining({ indicator: '卓越级智能工厂', value: 3, comparator: '≥', annual: true }),
    ]);
    expect(pick('跨境电商进出口额增长20%以上。')[0].indicator).toBe('跨境电商进出口额增长率');
  });

  it('ignores numbers that are not targets', () => {
    expect(pick('按照数字经济“335”推进思路,构建“2+4+2”数字产业体系,以23条重点产业链数字化转型为突破口,提升12345热线。')).toEqual([]);
    expect(pick('建设5G网络,推进IPv6规模部署,实施2021—2023年行动。')).toEqual([]);
  });
});

describe('targets from the 2025–2027 target table (附件1)', () => {
  it('gives one target per year column with the unit from the indicator name', () => {
    const cells = [
      { column: '序号', text: '1' },
      { column: '类别', text: '数字产业化水平不断提升' },
      { column: '主要指标', text: '数字经济核心产业营业收入(亿元)' },
      { column: '2025年', text: '2300' },
      { column: '2026年', text: '2600' },
      { column: '2027年', text: '3000' },
      { column: '牵头责任部门', text: '市工信局' },
    ];
    const t = extractFromRow('yancheng-2025-2027', 'annex-1-r1', cells, 'row');
    expect(t.map((x) => [x.indicator, x.year, x.value, x.unit])).toEqual([
      ['数字经济核心产业营业收入', 2025, 2300, '亿元'],
      ['数字经济核心产业营业收入', 2026, 2600, '亿元'],
      ['数字经济核心产业营业收入', 2027, 3000, '亿元'],
    ]);
    const pct = extractFromRow('p', 'r6', [
      { column: '主要指标', text: '高使用价值数据供给率' },
      { column: '2025年', text: '85%' },
    ], 'row');
    expect(pct[0]).toMatchObject({ value: 85, unit: '%', year: 2025 });
  });
});

describe('indicator names line up across plans', () => {
  it('normalises wording variants', () => {
    expect(normaliseIndicator('累计培育先进级以上智能工厂数量')).toBe('先进级智能工厂');
    expect(normaliseIndicator('数字经济核心产业增加值占GDP比重')).toBe('数字经济核心产业增加值占GDP比重');
    expect(normaliseIndicator('规上数字经济核心产业企业数量')).toBe('规上数字经济核心产业企业数');
    expect(normaliseIndicator('全市数字经济核心产业规上企业数')).toBe('规上数字经济核心产业企业数');
    expect(scaleValue(1.2, '万', '个')).toEqual({ value: 12000, unit: '个' });
  });
});
