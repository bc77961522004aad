import { describe, expect, it } from 'vitest';
import { tagClauses, tagInputs, type TaggableClause } from './tag';
import { loadJiebaFirst, tag } from './testing';

loadJiebaFirst();

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
