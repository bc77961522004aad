import { describe, expect, it } from 'vitest';
import {
  commaPhrase,
  CUMULATIVE_CUE,
  extractFromCells,
  extractFromRow,
  extractFromText,
  headingYear,
  identifyIndicator,
  isTargetNumber,
  isYearOrName,
  measureOf,
  nameOf,
  NEW_CUE,
  normaliseIndicator,
  numbersIn,
  PER_YEAR_CUE,
  phraseBefore,
  scaleValue,
  SCOPE_QUALIFIERS,
  scopeOf,
  sentenceYear,
  subjectOf,
  tailAfter,
  type Tail,
} from './targets';

const pick = (text: string) =>
  extractFromText('p', 'c', text).map((t) => ({
    indicator: t.indicator,
    value: t.value,
    valueMax: t.valueMax,
    unit: t.unit,
    year: t.year,
    comparator: t.comparator,
    measure: t.measure,
  }));

describe('targets from real sentences', () => {
  it('盐城 2025–2027: 突破 and 超 with 亿元', () => {
    expect(pick('到2027年,全市算力规模突破20000P,算力产业规模超50亿元。')).toEqual([
      { indicator: '算力规模', value: 20000, valueMax: null, unit: 'P', year: 2027, comparator: '>', measure: 'unmarked' },
      { indicator: '算力产业规模', value: 50, valueMax: null, unit: '亿元', year: 2027, comparator: '>', measure: 'unmarked' },
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
      measure: 'unmarked',
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

  it('盐城 2024 工作要点: 万元 folded into 亿元; per-year targets; growth rates kept apart', () => {
    expect(pick('消费券累计发放金额超5000万元。')[0]).toMatchObject({ value: 0.5, unit: '亿元', comparator: '>' });
    expect(pick('每年新增先进级智能工厂100家以上,卓越级智能工厂3家以上')).toEqual([
      expect.objectContaining({ indicator: '先进级智能工厂', value: 100, comparator: '≥', measure: 'per-year' }),
      expect.objectContaining({ indicator: '卓越级智能工厂', value: 3, comparator: '≥', measure: 'per-year' }),
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
    expect(normaliseIndicator('数字经济核心产业增加值占地区生产总值比重')).toBe('数字经济核心产业增加值占GDP比重');
    expect(normaliseIndicator('数字经济核心产业增加值占GDP比重')).toBe('数字经济核心产业增加值占GDP比重');
    // 规上 is the scope, not the name (see scope qualifiers below).
    expect(identifyIndicator('规上数字经济核心产业企业数量')).toEqual({ indicator: '数字经济核心产业企业数', scope: ['规上'] });
    expect(identifyIndicator('全市数字经济核心产业规上企业数')).toEqual({ indicator: '数字经济核心产业企业数', scope: ['规上'] });
    expect(scaleValue(1.2, '万', '个')).toEqual({ value: 12000, unit: '个' });
  });
});

const names = (text: string) => extractFromText('p', 'c', text).map((t) => [t.indicator, t.value, t.unit]);

describe('indicator = the noun phrase the number measures (review defects, real sentences)', () => {
  it('drops numbers with words on both sides rather than naming them wrongly', () => {
    // 苏州 2-4-1: "为全市" was taken as the indicator.
    expect(names('到2023年,累计为全市2000家左右企业提供智能制造诊断服务')).toEqual([]);
    // 盐城 2025–2027 一: "数据" / "数字视听" are list items, the number counts the industries after them.
    expect(names('巩固提升电子信息、光伏制造2个优势数字产业,聚力培育具身智能机器人、软件与信息技术服务、跨境电商、数字视听4个数字技术应用产业,加快发展算力、数据2个数字支撑产业')).toEqual([]);
    // 苏州 2-5-3: "要素100%上图" — a percentage followed by a predicate.
    expect(names('到2023年,通过做实基础能力建设,实现“一网统管”全域数据100%汇聚,要素100%上图,感知能力全国领先')).toEqual([]);
    // 盐城 2024: the number counts the departments after it, not the platform before it.
    expect(names('加强“盐政通”推广应用,党政协同办公平台应用范围拓展至35家市级部门,并向基层延伸')).toEqual([]);
  });

  it('takes the noun after the unit after a verb, with verbs joined by 和 stripped', () => {
    // 苏州 2-3-4: "培养" and "和培育数字贸易企业".
    expect(names('到2023年,形成具有苏州特色的金融科技产业扶持体系,集聚金融科技企业400家,培养10家金融科技细分领域领军企业')).toEqual([
      ['金融科技企业', 400, '家'],
      ['金融科技细分领域领军企业', 10, '家'],
    ]);
    expect(names('全市网络零售额达5000亿元,培育电子商务平台和龙头企业20家,引进和培育数字贸易企业超过1500家,实现年出口额超300亿美元,累计培育10家以上数字贸易龙头企业及5个以上数字贸易特色产业园区')).toEqual([
      ['网络零售额', 5000, '亿元'],
      ['电子商务平台和龙头企业', 20, '家'],
      ['数字贸易企业', 1500, '家'],
      ['年出口额', 300, '亿美元'],
      ['数字贸易龙头企业', 10, '家'],
      ['数字贸易特色产业园区', 5, '个'],
    ]);
  });

  it('a number qualifying a later one is no target; the unit is the number\'s own (盐城 2022–2024 2-7-18)', () => {
    const t = extractFromText('p', 'c', '每年招引10亿元以上数字经济产业项目不少于10个,力争在百亿元级重特大项目上实现新突破');
    expect(t.map((x) => [x.indicator, x.value, x.unit, x.comparator, x.measure])).toEqual([
      ['10亿元以上数字经济产业项目', 10, '个', '≥', 'per-year'],
    ]);
  });

  it('keeps bracketed parts whole and lists ending in 等 out of the name', () => {
    expect(names('建设智慧农场(牧场、渔场)15个以上')).toEqual([['智慧农场', 15, '个']]);
    expect(extractFromText('p', 'c', '建设智慧农场(牧场、渔场)15个以上')[0].raw).toBe('智慧农场(牧场、渔场)');
    expect(extractFromText('p', 'c', '到2027年,建成百亿级数字产业园区(集聚区)10家以上')[0].raw).toBe('百亿级数字产业园区(集聚区)');
    expect(names('完善数字人民币支付体系,打造数币智付、智慧零售等30个数字消费创新场景')).toEqual([['数字消费创新场景', 30, '个']]);
    expect(names('聚力打造具身智能机器人、智能网联汽车、低空经济等数字经济领域试点场景20个以上')).toEqual([['数字经济领域试点场景', 20, '个']]);
    // "省、市级" is one modifier, not two phrases.
    expect(names('到2023年,累计建成省、市级示范智能车间1000个')).toEqual([['省、市级示范智能车间', 1000, '个']]);
  });

  it('growth rates are named after what grows; vague or anaphoric names are dropped', () => {
    expect(names('到2023年,5G及相关产业产值达到1850亿元,年均增长约5%')).toEqual([
      ['5G及相关产业产值', 1850, '亿元'],
      ['5G及相关产业产值增长率', 5, '%'],
    ]);
    expect(names('到2023年,全市数字经济核心产业增加值达到6000亿元,年均增长率达16%以上')[1]).toEqual(['数字经济核心产业增加值增长率', 16, '%']);
    expect(names('到2023年,集成资质单位数量保持10%左右增长')).toEqual([['集成资质单位数量增长率', 10, '%']]);
    expect(names('力争到2024年产业规模突破3000亿元')).toEqual([]);
    expect(names('累计入库企业1250家,相关产业规模达到2000亿元')).toEqual([['入库企业', 1250, '家']]);
    expect(names('到2027年,创成可信数据空间国家试点2个以上、省级试点6个以上')).toEqual([['可信数据空间国家试点', 2, '个']]);
  });

  it('drops an enumeration that goes on after the counted noun (the count covers the whole list)', () => {
    expect(names('到2024年,建设10个产业特色鲜明、配套设施完善、龙头企业主导的数字经济特色产业园')).toEqual([]);
    expect(names('每年创建100个“智改数转”示范工厂(车间)、推广100个智造场景')).toEqual([
      ['“智改数转”示范工厂(车间)', 100, '个'],
      ['智造场景', 100, '个'],
    ]);
  });

  it('a period "2021—2023年" sets no target year', () => {
    expect(extractFromText('p', 'c', '2021—2023年,每年培育一批技术服务输出标杆企业,打造3条精品学习交流线路')[0]).toMatchObject({
      indicator: '精品学习交流线路',
      year: null,
      measure: 'per-year',
    });
  });

  it('canonical names never swallow sub-indicators or compounds', () => {
    expect(normaliseIndicator('工业软件产业规模')).toBe('工业软件产业规模');
    expect(normaliseIndicator('软件产业规模')).toBe('软件产业规模');
    expect(normaliseIndicator('五星级上云企业')).toBe('五星级上云企业');
    expect(normaliseIndicator('省级工业互联网标杆工厂和示范智能车间(工厂)')).toBe('省级工业互联网标杆工厂和示范智能车间(工厂)');
    expect(normaliseIndicator('重点工业企业数字化研发设计工具普及率')).toBe('数字化研发设计工具普及率');
    expect(normaliseIndicator('互联网数据中心新增机架数')).toBe('互联网数据中心新增机架数');
  });
});

describe('task-table rows are read cell by cell (盐城 2025–2027 附件2)', () => {
  const row = (n: string, text: string) => [
    { column: '序号', text: n },
    { column: '工作要点', text: '数字赋能拓展行动' },
    { column: '主要内容', text },
    { column: '牵头责任单位', text: '市发改委 市工信局 市数据局' },
  ];
  it('never puts the row number or pipes into a name', () => {
    const t = extractFromCells('p', 'annex-2-r11', row('11', '引培具有行业带动力和市场影响力的能源数字化服务企业2家以上。'), '11 | …');
    expect(t.map((x) => [x.indicator, x.value, x.unit, x.comparator, x.text])).toEqual([
      ['具有行业带动力和市场影响力的能源数字化服务企业', 2, '家', '≥', '引培具有行业带动力和市场影响力的能源数字化服务企业2家以上'],
    ]);
    const r15 = extractFromCells('p', 'annex-2-r15', row('15', '引育30家规上数据企业,形成10个高质量数据集,打造100个典型数据产品。'), '15 | …');
    expect(r15.map((x) => [x.indicator, x.value])).toEqual([
      ['规上数据企业', 30],
      ['高质量数据集', 10],
      ['典型数据产品', 100],
    ]);
    expect(r15.every((x) => !x.indicator.includes('|'))).toBe(true);
  });
  it('target tables still use the indicator column', () => {
    const t = extractFromCells('p', 'annex-1-r5', [
      { column: '序号', text: '5' },
      { column: '主要指标', text: '累计建设智慧农场(牧场、渔场)(个)' },
      { column: '2025年', text: '15' },
    ], '5 | …');
    expect(t.map((x) => [x.indicator, x.value, x.unit, x.year])).toEqual([['智慧农场', 15, '个', 2025]]);
  });
});

describe('work-point table rows take the year their table’s heading states', () => {
  it('reads one year from the real headings, none from a span or a heading without a year', () => {
    // The captions of the seeds' tables (盐城 2025–2027 附件2 and 附件1, 盐城 2024's task table).
    expect(headingYear('2025年数字经济发展工作要点')).toBe(2025);
    expect(headingYear('2024年数字盐城重点工作任务分解表')).toBe(2024);
    expect(headingYear('2025-2027年数字经济发展主要目标')).toBeNull();
    // Crafted: other spans, two years, no year, full-width digits and spaces.
    expect(headingYear('2021—2023年重点项目表')).toBeNull();
    expect(headingYear('2025年至2027年重点任务')).toBeNull();
    expect(headingYear('2024年和2025年重点任务')).toBeNull();
    expect(headingYear('重点任务分工')).toBeNull();
    expect(headingYear('全市数字经济重点项目表')).toBeNull();
    expect(headingYear(null)).toBeNull();
    expect(headingYear('２０２６ 年工作要点')).toBe(2026);
    expect(headingYear('2024年、2024年重点工作')).toBe(2024);
  });

  const row = (text: string) => [
    { column: '序号', text: '1' },
    { column: '工作要点', text: '数字产业升级行动' },
    { column: '主要内容', text },
    { column: '牵头责任单位', text: '市工信局' },
  ];
  const real = '全年实现数字经济核心产业规上营业收入2300亿元,规上数字经济核心产业营业收入占比在全省实现明显进位。';

  it('dates a 盐城 2025 work point (附件2 row 1) by its table heading', () => {
    const t = extractFromCells('yancheng-2025-2027', 'annex-2-r1', row(real), '1 | …', '2025年数字经济发展工作要点');
    expect(t.map((x) => [x.indicator, x.value, x.unit, x.year])).toEqual([['数字经济核心产业营业收入', 2300, '亿元', 2025]]);
  });

  it('dates a 盐城 2024 task-table row by its caption, not by its deadline column', () => {
    const cells = [
      { column: '序号', text: '21' },
      { column: '主要工作', text: '推进数据共享' },
      { column: '具体内容', text: '实现不少于50个政务服务事项通过数据共享方式核验证照,“一件事”办理的数据共享目录资源挂接率达到100%' },
      { column: '完成时间', text: '2025年3月' },
      { column: '责任部门', text: '市数据局' },
    ];
    const t = extractFromCells('yancheng-2024', 'table-1-r41', cells, '21 | …', '2024年数字盐城重点工作任务分解表');
    expect(t.map((x) => x.year)).toEqual(t.map(() => 2024));
    expect(t.length).toBeGreaterThan(0);
  });

  it('keeps a year the row states itself, and leaves the year unknown when the heading states none', () => {
    const own = extractFromCells('p', 'c', row('到2027年,建成智慧农场15个以上。'), '…', '2025年数字经济发展工作要点');
    expect(own.map((x) => x.year)).toEqual([2027]);
    for (const heading of [null, '重点任务分工', '2025-2027年数字经济发展主要目标']) {
      expect(extractFromCells('p', 'c', row(real), '…', heading).map((x) => x.year)).toEqual([null]);
    }
  });

  it('falls back to the year of what encloses the table (a one-year plan), never over the heading or the row', () => {
    // 盐城 2024 is "2024年数字盐城工作要点": its rows and items are the work points of 2024.
    expect(extractFromCells('p', 'c', row(real), '…', null, 2024).map((x) => x.year)).toEqual([2024]);
    expect(extractFromCells('p', 'c', row(real), '…', '2025年数字经济发展工作要点', 2024).map((x) => x.year)).toEqual([2025]);
    expect(extractFromCells('p', 'c', row('到2027年,建成智慧农场15个以上。'), '…', null, 2024).map((x) => x.year)).toEqual([2027]);
    // Plan titles: one year dates, a span does not.
    expect(headingYear('2024年数字盐城工作要点')).toBe(2024);
    expect(headingYear('盐城市数字经济高质量发展三年行动计划(2025-2027年)')).toBeNull();
    expect(headingYear('苏州市推进数字经济和数字化发展三年行动计划(2021—2023年)')).toBeNull();
  });

  it('never makes a number a target only because the heading has a year', () => {
    const text = '组织开展网络安全专业培训3次。';
    expect(extractFromText('p', 'c', text, null)).toEqual([]);
    expect(extractFromText('p', 'c', text, 2024)).toEqual([]);
  });
});

describe('the steps of reading one sentence (folded text)', () => {
  /** The first number of `sentence` written as `n`. */
  const number = (sentence: string, n: string) => numbersIn(sentence).find((x) => sentence.slice(x.at).startsWith(n))!;

  it('numbersIn: value, range end, multiplier, unit and qualifier of every number', () => {
    expect(numbersIn('力争培育3~5家营收超亿元的龙头企业')[0]).toEqual({
      at: 4,
      end: 8,
      value: '3',
      valueMax: '5',
      mult: undefined,
      unit: '家',
      qualifier: undefined,
    });
    expect(number('数据中心标准机架数突破2万架以上', '2')).toMatchObject({ value: '2', mult: '万', unit: '架', qualifier: '以上' });
    expect(number('推进5G网络建设', '5')).toMatchObject({ unit: '' });
  });

  it('sentenceYear: the year the sentence states, else its paragraph\'s, never a year of a span', () => {
    expect(sentenceYear('到2027年,全市算力规模突破20000P', null)).toBe(2027);
    expect(sentenceYear('培育数字经济相关高新技术企业40家', 2025)).toBe(2025);
    expect(sentenceYear('2021—2023年,每年培育一批标杆企业', null)).toBeNull();
  });

  it('isYearOrName: a year, or a number inside a name (5G, IPV6), is no value', () => {
    const is = (s: string, n: string) => {
      const m = number(s, n);
      return isYearOrName(s, m.at, m.end);
    };
    expect(is('到2027年,建成智慧农场15个', '2027')).toBe(true);
    expect(is('建设5G网络', '5')).toBe(true);
    expect(is('推进IPV6规模部署', '6')).toBe(true);
    expect(is('到2027年,建成智慧农场15个', '15')).toBe(false);
  });

  it('phraseBefore: from the last delimiter (not one masked inside brackets) or from where the last target\'s words ended', () => {
    const s = '到2027年,全市算力规模突破20000P';
    expect(phraseBefore(s, s, s.indexOf('20000'), 0)).toBe('全市算力规模突破');
    const farm = '建设智慧农场(牧场、渔场)15个以上';
    const masked = farm.replace('、', '\u0001');
    expect(phraseBefore(farm, masked, farm.indexOf('15'), 0)).toBe('建设智慧农场(牧场、渔场)');
    expect(phraseBefore(farm, farm, farm.indexOf('15'), 0)).toBe('渔场)');
    expect(phraseBefore(s, s, s.indexOf('20000'), s.indexOf('规模'))).toBe('规模突破');
  });

  it('isTargetNumber: a unit (or a comparator before a unitless measure) and a mark of a target', () => {
    const is = (s: string, n: string, targetSentence = false) => {
      const m = number(s, n);
      return isTargetNumber(m, phraseBefore(s, s, m.at, 0), s.slice(0, m.at), s, targetSentence);
    };
    expect(is('两化融合发展水平指数达72', '72')).toBe(true);
    expect(is('两化融合发展水平指数72', '72')).toBe(false);
    expect(is('以23条重点产业链数字化转型为突破口', '23')).toBe(false);
    expect(is('组织开展网络安全专业培训3次', '3')).toBe(false);
    expect(is('组织开展网络安全专业培训3次', '3', true)).toBe(true);
    expect(is('每年组织开展网络安全专业培训3次', '3')).toBe(true);
    expect(is('组织开展网络安全专业培训3次以上', '3')).toBe(true);
    expect(is('累计建成3个工业互联网标识解析二级节点', '3')).toBe(true);
  });

  it('tailAfter: the words after the unit, up to a connector before the next number; null when the number qualifies the next', () => {
    const s = '累计培育10家以上数字贸易龙头企业及5个以上数字贸易特色产业园区';
    const first = number(s, '10');
    expect(tailAfter(s, s, first.end)).toEqual({ text: '数字贸易龙头企业', end: s.length, stop: s.indexOf('5个'), joined: true });
    const last = number(s, '5');
    expect(tailAfter(s, s, last.end)).toEqual({ text: '数字贸易特色产业园区', end: s.length, stop: s.length, joined: false });
    const q = '每年招引10亿元以上数字经济产业项目不少于10个';
    expect(tailAfter(q, q, number(q, '10亿').end)).toBeNull();
  });

  it('subjectOf: the phrase before the number without comparator, leading words, filler and the examples before 等', () => {
    expect(subjectOf('全市算力规模突破')).toBe('算力规模');
    expect(subjectOf('引进和培育数字贸易企业超过')).toBe('数字贸易企业');
    expect(subjectOf('智慧零售等')).toBe('');
    expect(subjectOf('年均增长约')).toBe('增长');
  });

  it('nameOf: a growth rate, the subject, or the words after the unit; nothing for words on both sides', () => {
    const tail = (text: string, end = 0): Tail => ({ text, end, stop: end, joined: false });
    expect(nameOf('增长', tail(''), '', '5G及相关产业产值')).toEqual({ raw: '5G及相关产业产值增长率', usedTail: false });
    expect(nameOf('跨境电商进出口额', tail('增长'), '', null)).toEqual({ raw: '跨境电商进出口额增长率', usedTail: true });
    expect(nameOf('算力规模', tail(''), '', null)).toEqual({ raw: '算力规模', usedTail: false });
    expect(nameOf('', tail('5G基站'), '', null)).toEqual({ raw: '5G基站', usedTail: true });
    expect(nameOf('数字视听', tail('数字技术应用产业'), '', null)).toEqual({ raw: null, usedTail: false });
    // After the unit: a predicate (TAIL_VERB) names nothing; nor does the first item of a list that goes on.
    expect(nameOf('', tail('企业提供智能制造诊断服务'), '', null).raw).toBeNull();
    const list = '建设10个产业特色鲜明、配套设施完善的数字经济特色产业园';
    expect(nameOf('', tail('产业特色鲜明', list.indexOf('、')), list, null)).toEqual({ raw: null, usedTail: true });
  });
});

describe('scope qualifiers (SCOPE_QUALIFIERS): taken off a canonical name and kept as its scope', () => {
  const q = (label: string) => SCOPE_QUALIFIERS.find((x) => x.label === label)!.pattern;

  it('国家级: 国家 / 国家级 (盐城 2025–2027 2-5-1 "国家高新技术企业超400家")', () => {
    expect(q('国家级').test('国家高新技术企业') && q('国家级').test('国家级智能工厂')).toBe(true);
    expect(identifyIndicator('国家高新技术企业')).toEqual({ indicator: '高新技术企业', scope: ['国家级'] });
    expect(identifyIndicator('国家卓越级智能工厂')).toEqual({ indicator: '卓越级智能工厂', scope: ['国家级'] });
  });

  it('省级以上 before 省级: one level per name (盐城 附件1 "累计建成省级以上专精特新企业")', () => {
    expect(q('省级以上').test('省级及以上研发机构')).toBe(true);
    expect(identifyIndicator('累计建成省级以上专精特新企业')).toEqual({ indicator: '专精特新企业', scope: ['省级以上'] });
    expect(identifyIndicator('累计建成省级以上研发机构')).toEqual({ indicator: '研发机构', scope: ['省级以上'] });
  });

  it('省级 and 市级 (盐城 附件2 "市级数字消费创新场景10个以上,争创省级数字消费创新场景3个以上"; 泰州 "省级工业互联网标杆工厂")', () => {
    expect(identifyIndicator('市级数字消费创新场景')).toEqual({ indicator: '数字消费创新场景', scope: ['市级'] });
    expect(identifyIndicator('省级数字消费创新场景')).toEqual({ indicator: '数字消费创新场景', scope: ['省级'] });
    expect(identifyIndicator('省级工业互联网标杆工厂')).toEqual({ indicator: '工业互联网标杆工厂', scope: ['省级'] });
    expect(q('市级').test('市场')).toBe(false);
  });

  it('数字经济领域: 数字经济 / 数字经济相关 / 数字经济领域, never the 数字经济核心产业 of a canonical name', () => {
    expect(identifyIndicator('数字经济相关高新技术企业')).toEqual({ indicator: '高新技术企业', scope: ['数字经济领域'] });
    expect(identifyIndicator('数字经济高新技术企业')).toEqual({ indicator: '高新技术企业', scope: ['数字经济领域'] });
    expect(identifyIndicator('数字经济省级以上研发机构')).toEqual({ indicator: '研发机构', scope: ['省级以上', '数字经济领域'] });
    expect(identifyIndicator('数字经济核心产业增加值')).toEqual({ indicator: '数字经济核心产业增加值', scope: [] });
    expect(q('数字经济领域').test('数字经济核心产业营业收入')).toBe(false);
  });

  it('规上: 规上 / 规模以上, wherever the name puts it', () => {
    for (const raw of ['数字经济核心产业规上企业数', '规上数字经济核心产业企业数量', '数字经济核心产业规上企业']) {
      expect(identifyIndicator(raw), raw).toEqual({ indicator: '数字经济核心产业企业数', scope: ['规上'] });
    }
    expect(identifyIndicator('规模以上数字经济核心产业营业收入')).toEqual({ indicator: '数字经济核心产业营业收入', scope: ['规上'] });
    expect(identifyIndicator('数字经济核心产业营业收入')).toEqual({ indicator: '数字经济核心产业营业收入', scope: [] });
  });

  it('重点企业: 重点企业 / 重点工业企业 (泰州 "重点企业关键工序数控化率", 盐城 "重点工业企业数字化研发设计工具普及率")', () => {
    expect(identifyIndicator('重点企业关键工序数控化率')).toEqual({ indicator: '关键工序数控化率', scope: ['重点企业'] });
    expect(identifyIndicator('重点工业企业数字化研发设计工具普及率')).toEqual({ indicator: '数字化研发设计工具普及率', scope: ['重点企业'] });
  });

  it('中小企业: "专精特新中小企业" is not the 省级以上专精特新企业 of the target table', () => {
    expect(identifyIndicator('专精特新中小企业')).toEqual({ indicator: '专精特新企业', scope: ['中小企业'] });
    expect(q('中小企业').test('中小学')).toBe(false);
  });

  it('a name that is not canonical keeps its qualifiers in its wording, and no scope', () => {
    expect(identifyIndicator('省级以上研发平台')).toEqual({ indicator: '省级以上研发平台', scope: [] });
    expect(identifyIndicator('可信数据空间国家试点')).toEqual({ indicator: '可信数据空间国家试点', scope: [] });
    expect(scopeOf('国家省级以上X')).toEqual({ rest: '省级以上X', scope: ['国家级'] });
  });

  it('先进级以上 is another indicator than 先进级 (it counts 卓越级 and 领航级 too)', () => {
    expect(normaliseIndicator('累计培育先进级以上智能工厂数量')).toBe('先进级以上智能工厂');
    expect(normaliseIndicator('先进级智能工厂')).toBe('先进级智能工厂');
  });
});

describe('measure (measureOf): what the number counts, as its words say', () => {
  it('PER_YEAR_CUE: 每年 / 年均 / 全年 / 年内, not the 年内 of a span ("三年内")', () => {
    for (const w of ['每年新增', '年均增长', '全年培育', '年内建成']) expect(PER_YEAR_CUE.test(w), w).toBe(true);
    expect(PER_YEAR_CUE.test('三年内累计形成')).toBe(false);
    // 盐城 2025–2027 附件2 r24: "全年培育数字经济高新技术企业55家、专精特新中小企业60家" — both a year's amount.
    const t = extractFromText('p', 'c', '扎实抓好数字经济企业“三件事”,全年培育数字经济高新技术企业55家、专精特新中小企业60家', 2025);
    expect(t.map((x) => [x.indicator, x.scope, x.measure, x.year])).toEqual([
      ['高新技术企业', ['数字经济领域'], 'per-year', 2025],
      ['专精特新企业', ['中小企业'], 'per-year', 2025],
    ]);
  });

  it('CUMULATIVE_CUE: 累计 — in a table row\'s name or before the number', () => {
    expect(CUMULATIVE_CUE.test('累计建成')).toBe(true);
    const row = extractFromRow('p', 'annex-1-r13', [
      { column: '主要指标', text: '累计建成省级以上专精特新企业(家)' },
      { column: '2025年', text: '170' },
    ], 'row');
    expect(row.map((x) => [x.indicator, x.scope, x.measure, x.value, x.unit])).toEqual([['专精特新企业', ['省级以上'], 'cumulative', 170, '家']]);
    expect(extractFromText('p', 'c', '鼓励开发高质量数据集,三年内累计形成高质量数据集30个')[0].measure).toBe('cumulative');
  });

  it('NEW_CUE: 新增 / 新培育 / 新建 …, not the 新 of 创新 or 更新', () => {
    for (const w of ['新增', '新培育', '新建', '新引进']) expect(NEW_CUE.test(w), w).toBe(true);
    for (const w of ['创新建设', '更新建设', '数字消费创新场景']) expect(NEW_CUE.test(w), w).toBe(false);
    expect(extractFromText('p', 'c', '到2027年,新培育先进级智能工厂400家以上')[0]).toMatchObject({ indicator: '先进级智能工厂', measure: 'new' });
  });

  it('a cue before a 、 list is the whole list\'s (盐城 附件2 r6), a comma starts afresh', () => {
    const t = extractFromText('p', 'c', '新增先进级智能工厂130家以上、卓越级智能工厂3个以上,积极突破领航级智能工厂', 2025);
    expect(t.map((x) => [x.indicator, x.measure])).toEqual([
      ['先进级智能工厂', 'new'],
      ['卓越级智能工厂', 'new'],
    ]);
    expect(commaPhrase('甲,新增A1个、B2个', '甲,新增A1个、B2个', 9)).toBe('新增A1个、B');
    const u = extractFromText('p', 'c', '到2027年,新培育先进级智能工厂400家以上,国家卓越级智能工厂10家以上');
    expect(u.map((x) => x.measure)).toEqual(['new', 'unmarked']);
  });

  it('none of these said: unmarked — nothing guessed from a verb (泰州 "培育数字经济相关高新技术企业40家")', () => {
    expect(measureOf('培育数字经济相关高新技术企业', '家')).toBe('unmarked');
    expect(measureOf('到2027年,国家高新技术企业超', '家')).toBe('unmarked');
    // 每年 before the number's phrase counts only when the sentence states no year.
    expect(measureOf('卓越级智能工厂', '家', '每年新增先进级智能工厂100家以上,卓越级智能工厂', true)).toBe('per-year');
    expect(measureOf('卓越级智能工厂', '家', '每年…,到2027年卓越级智能工厂', false)).toBe('unmarked');
  });

  it('NON_ADDITIVE_UNITS: a rate or an index is never 累计 or 新增 (苏州 2-2-1 "新建数据中心PUE值达到1.3以下")', () => {
    const t = extractFromText('p', 'c', '全市互联网数据中心新增机架数21.7万,数据中心普遍达到三星级以上标准,新建数据中心PUE(电能使用效率)值达到1.3以下');
    expect(t.find((x) => x.indicator === '数据中心PUE')!.measure).toBe('unmarked');
    expect(measureOf('累计', '%')).toBe('unmarked');
    expect(measureOf('年均增长', '%')).toBe('per-year');
    expect(measureOf('累计', '个')).toBe('cumulative');
  });
});
