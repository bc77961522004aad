/**
 * The theme taxonomy: ONE reviewed table read by the site (theme pages, chips, /data/themes.json) and by the
 * pipeline (scripts/lib/analyse/tag.ts tags every clause with it).
 *
 * Reviewed against the five seed plans (盐城 2022–2024 / 2024 工作要点 / 2025–2027, 泰州 指导意见, 苏州 2021–2023):
 * every theme below is a heading-level topic in at least two of them, and the terms are the words the plans
 * themselves use (苏州 "一网统管", 盐城 "智改数转网联", 泰州 "数字工匠" …).
 *
 * How the tagger reads a row (its weights, thresholds and cue patterns are in tagger.ts, the scoring in
 * scripts/lib/analyse/tag*.ts):
 * - `terms` / `synonyms` are strong evidence; `keyTerms` (a subset, the most specific words) decide on their own.
 * - `cues` are weak evidence, and cues alone never decide a long clause.
 * - A strong term that only appears inside a list of technologies ("云计算、大数据、人工智能等") counts as a cue.
 * - So does one that only appears in a leading frame of means ("利用数据要素流通市场…,提高…", "依托…,", "以…为…,"),
 *   or only as the subject of a qualitative aim ("智能制造水平明显增强").
 * - A term with a quantified target of its own ("农业生产信息化率达65%", "发明专利…7000件以上") decides on its own.
 * - A table's group rows and group columns are weak context, never part terms.
 * - `headingTerms` are phrases that, in the clause's own heading, put the clause in the theme; in an enclosing
 *   heading they are weak evidence. `partTerms` in an enclosing heading decide (everything under 保障措施 is 组织保障).
 * - `exclusions` are phrases inside which a term does not count (e.g. 算力 theme ignores "计算力" if ever used).
 * Matching is on jieba token boundaries (user dictionary scripts/data/userdict.utf8), after folding
 * full-width characters and removing extraction spaces inside CJK runs.
 */

export interface ThemeDef {
  /** ASCII slug; the theme page is /themes/<slug>/. */
  readonly slug: string;
  /** Chinese label shown to readers. */
  readonly label: string;
  /** What the theme covers, in Chinese, shown on the theme page and in the method section. */
  readonly description: string;
  /** Core terms: strong evidence. */
  readonly terms: readonly string[];
  /** Terms so specific that one real (not merely listed) mention assigns the theme on its own. */
  readonly keyTerms: readonly string[];
  /** Variants and near-synonyms of the core terms, as strong as terms. */
  readonly synonyms: readonly string[];
  /** Weak cues: need two different ones, or heading support. */
  readonly cues: readonly string[];
  /** Phrases in the clause's own heading that place it in this theme (enclosing headings: weak evidence). */
  readonly headingTerms: readonly string[];
  /** Phrases in an enclosing part heading that settle the theme for every clause under it (e.g. 保障措施). */
  readonly partTerms: readonly string[];
  /** Phrases inside which a term/synonym/cue does not count. */
  readonly exclusions: readonly string[];
}

export const themes = [
  {
    slug: 'computing-power',
    label: '算力',
    description:
      '算力基础设施与算力产业:智算中心、超算中心、数据中心(机架、PUE)、算力网络与算力调度、云服务能力。',
    terms: ['算力', '智算', '超算', '数据中心', '算力网络', '算力调度', '算力枢纽', '算力中心'],
    keyTerms: ['算力', '智算', '超算', '数据中心', '算力网络'],
    synonyms: ['智算中心', '超算中心', '算力规模', '算力产业', '算力基础设施', '云服务', '云资源', '机架', '人工智能计算中心'],
    cues: ['边缘计算', '云计算'],
    headingTerms: ['算力', '数据中心'],
    partTerms: [],
    exclusions: ['大数据中心', '政务云资源', '数据中心SDN', '监管数据中心', '科学数据中心'],
  },
  {
    slug: 'data-elements',
    label: '数据要素',
    description:
      '数据作为生产要素:公共数据共享开放与授权运营、数据资源管理与目录、数据交易与流通、数据资产、数据产业与数商、首席数据官制度、“数据要素×”。',
    terms: ['数据要素', '公共数据', '授权运营', '数据交易', '数据资源', '数据产业', '数据资产', '首席数据官'],
    keyTerms: ['数据要素', '公共数据', '授权运营', '数据交易', '首席数据官', '数据资产', '数据要素×'],
    synonyms: ['数据要素×', '数据流通', '数据开放', '数据共享', '数据集', '数商', '数据企业', '数据价值化', '数据产品', '数据标注', '可信数据空间', '数据确权', '数据权益', '开放共享', '数据市场', '数据管理能力', '数据回流', '回流数据', '数据供给', '数据主官'],
    cues: ['大数据产业', '数据汇聚', '数据治理', '数据运营', '数据基础设施', '数据服务', '大数据应用'],
    headingTerms: ['数据要素', '数据价值', '数据资源', '公共数据', '数据要素市场'],
    partTerms: [],
    exclusions: ['数据共享安全', '数据共享方式', '大数据集团', '大数据管理'],
  },
  {
    slug: 'smart-manufacturing',
    label: '智改数转',
    description:
      '制造业智能化改造与数字化转型:智能工厂与示范车间、工业互联网平台与标杆工厂、两化融合、企业上云、智能制造诊断与服务商、园区数字化。',
    terms: ['智改数转', '智能制造', '智能工厂', '智能化改造', '制造业数字化转型', '工业互联网'],
    keyTerms: ['智改数转', '智能制造', '智能工厂', '制造业数字化转型', '两化融合', '中小企业数字化转型'],
    synonyms: ['智改数转网联', '智能车间', '数字化车间', '示范车间', '灯塔工厂', '标杆工厂', '两化融合', '上云企业', '数控化率', '数字化研发设计工具', '园区数字化', '园区大脑', '5G全连接工厂', '中小企业数字化转型', '数字化改造', '数字化诊断', '数字化智能化转型', '示范工厂', '工业机器人'],
    cues: ['数字化转型', '智能装备', '标识解析', '服务型制造', '产业数字化', '工业软件', '5G工厂'],
    headingTerms: ['制造业数字化', '智改数转', '智能制造', '智能化改造', '工业互联网', '行业智能化', '企业智能化', '企业数字化', '重点行业数字化', '园区数字化', '产业数字化发展', '中小企业数字化', '数字化改造'],
    partTerms: [],
    exclusions: ['工业互联网看苏州', '数字化转型体系', '数字化转型发展新底座', '数字化转型领域', '工业互联网数据安全', '工业互联网基础设施安全', '工业互联网专业安全', '工业互联网安全', '工业互联网标识', '基础设施数字化改造'],
  },
  {
    slug: 'digital-infrastructure',
    label: '数字基础设施',
    description:
      '信息通信与新型基础设施:5G/5G-A、千兆万兆光网、IPv6、工业互联网标识解析节点、物联感知网络、城市信息模型(CIM)、传统基础设施数字化改造。',
    terms: ['数字基础设施', '信息基础设施', '新型基础设施', '5G网络', '千兆光网', 'IPv6', '标识解析'],
    keyTerms: [],
    synonyms: [
      '5G基站',
      '5G-A',
      '万兆',
      '千兆光纤',
      '双千兆',
      '光网',
      '宽带',
      '基础设施',
      '感知网络',
      '物联感知',
      '新基建',
      '新城建',
      'CIM',
      '10G PON',
      '无源光网',
      '二级节点',
      '信号升格',
      '5G独立组网',
      '网络覆盖',
      '量子保密',
      '北斗',
    ],
    cues: ['5G', '物联网', '数据中心', '互联网数据专用通道', '车联网'],
    headingTerms: ['基础设施', '新基建', '网络基础设施', '宽带'],
    partTerms: [],
    exclusions: ['关键信息基础设施', '数据基础设施', '金融基础设施', '基础设施安全', '数字基础设施强基', '科技基础设施', '算力基础设施'],
  },
  {
    slug: 'digital-industry',
    label: '数字产业',
    description:
      '数字产业化:电子信息制造(印制电路板、集成电路、新型显示)、光伏制造、软件与信息技术服务、机器人、数字视听与电竞等数字产业,及其企业培育、招商与产业园区。',
    terms: ['数字产业化', '电子信息', '光伏', '软件', '集成电路', '数字经济核心产业'],
    keyTerms: ['数字产业化', '数字经济核心产业', '集成电路', '印制电路板'],
    synonyms: ['印制电路板', '新型显示', '精密电子', '精密结构件', '信息技术服务', '数字产品制造业', '数字技术应用业', '数字技术应用产业', '数字视听', '电竞', '区块链产业', '元宇宙', '具身智能机器人', '车联网产业', '智能网联汽车', '大数据产业', '信创产业', '数字经济特色产业园', '产业招商', '招商推介', '新一代信息技术产业', '新赛道', '数字经济产业园', '数字产业园区', '数字产业集聚区', '数字安全产业', '数字经济企业', '数字经济重点企业', '数字技术企业', '数字经济园区'],
    cues: ['产业链', '产业集群', '龙头企业', '招商', '专精特新', '高新技术企业', '产业园', '数字产业'],
    headingTerms: ['数字产业', '数字核心产业', '电子信息', '软件', '市场主体', '特色载体', '开放合作', '数字技术应用', '新兴产业', '数字支撑产业'],
    partTerms: [],
    exclusions: ['数字产业生态', '工业软件', '软件系统', '数字产业发展方向'],
  },
  {
    slug: 'artificial-intelligence',
    label: '人工智能',
    description: '人工智能技术与产业及其应用:“人工智能+”行动、大模型、具身智能与机器人、AI 终端与 AI 应用场景。',
    terms: ['人工智能', '大模型', '具身智能', '人工智能+'],
    keyTerms: ['人工智能', '大模型', '具身智能', '机器人'],
    synonyms: ['人形机器人', '机器人', 'AI+'],
    cues: ['智能客服', '算法', 'AI', '智能终端'],
    headingTerms: ['人工智能'],
    partTerms: [],
    exclusions: ['人工智能等', '城市级智能门户', '工业机器人', '人工智能计算中心', '人工智能算力'],
  },
  {
    slug: 'digital-government',
    label: '数字政府与政务服务',
    description:
      '政府数字化转型与政务服务:一网通办、高效办成一件事、政务服务平台与 APP、政务云与电子政务外网、党政机关协同办公、政务信息化项目管理。',
    terms: ['数字政府', '政务服务', '一网通办', '电子政务', '政务云', '政务信息化'],
    keyTerms: ['一网通办', '政务服务'],
    synonyms: ['一件事', '一网通用', '政务外网', '掌上政府', '苏服办', '苏周到', '盐企通', '盐政通', '跨省通办', '全市通办', '免申即享', '协同办公', '政府数字化转型', '电子证照', '电子印章', '统一身份认证', '数据直达基层', '政务数据', '信息化项目', '惠企政策', '行政审批', '免证', '电子身份证', '电子居住证', '12345热线'],
    cues: ['政府', '办事', '审批'],
    headingTerms: ['数字政府', '政务', '一网通办', '一网通用', '信息化项目', '云网', '共性应用'],
    partTerms: [],
    exclusions: ['人民政府', '政府主导', '政府引导', '行政审批局', '电子政务安全', '电子政务网络安全', '政务数据安全', '政务云安全', '电子政务密码'],
  },
  {
    slug: 'city-governance',
    label: '城市治理（一网统管）',
    description:
      '城市与社会治理数字化:“一网统管”、城市驾驶舱与运行管理中心、网格化治理、互联网+监管、城市生命线与应急管理、市场监管与执法信息化、经济运行监测。',
    terms: ['一网统管', '城市驾驶舱', '社会治理', '城市治理', '数字治理'],
    keyTerms: ['一网统管', '城市驾驶舱'],
    synonyms: ['城市运行', '网格化', '互联网+监管', '城市生命线', '应急管理', '应急指挥', '城市数字底座', '数字孪生', '市域社会治理', '精网微格', '城市大脑', '智慧应急', '执法', '监管平台', '信用监管', '经济运行', '智慧监管', '矛盾纠纷', '城市管理', '数字交通', '事中事后监管', '违法用地', '驾驶分舱', '运行管理中心', '视频监控', '指挥调度'],
    cues: ['监管', '态势感知', '监测预警', '治理'],
    headingTerms: ['社会治理', '城乡治理', '数字治理', '城市治理', '一网统管', '经济治理', '精准治理'],
    partTerms: [],
    exclusions: ['数字治理体系更加完善', '架构治理', '数据治理', '安全运维治理', '网络综合治理', '反垄断', '生态环境智慧监管'],
  },
  {
    slug: 'security',
    label: '数据安全与网络安全',
    description:
      '网络安全与数据安全:关键信息基础设施保护、等级保护、数据分类分级与个人信息保护、密码应用与信创、安全监测预警与应急处置。',
    terms: ['网络安全', '数据安全', '个人信息保护', '关键信息基础设施', '信创'],
    keyTerms: ['网络安全', '个人信息保护'],
    synonyms: ['个人信息安全', '密码应用', '商用密码', '国密', '安全防护', '等级保护', '数字安全', '信息安全', '网络空间安全', '保密', '国产化', '数据出境', '隐私计算', '安全防线', '安全保障体系'],
    cues: ['安全', '分类分级'],
    headingTerms: ['安全'],
    partTerms: [],
    exclusions: ['本质安全', '安全生产', '城市生命线安全', '安全文明', '城市安全', '食品安全', '生命线安全工程'],
  },
  {
    slug: 'digital-commerce',
    label: '服务业数字化与数字商务',
    description:
      '服务业数字化与数字商务:电子商务与跨境电商、数字贸易、智慧物流、数字金融与数字人民币、数字文旅与数字消费、平台经济与新业态新模式。',
    terms: ['服务业数字化', '数字商务', '电子商务', '跨境电商', '数字贸易', '数字金融', '数字消费'],
    keyTerms: ['跨境电商', '跨境电子商务', '数字商务', '服务业数字化', '数字文旅'],
    synonyms: [
      '跨境电子商务',
      '直播电商',
      '智慧物流',
      '金融科技',
      '数字人民币',
      '数字货币',
      '数字文旅',
      '智慧文旅',
      '智慧旅游',
      '智慧零售',
      '平台经济',
      '共享经济',
      '数字生活服务',
      '数字商圈',
      '服务贸易',
      '网络零售',
      '数字文娱',
      '数币',
      '消费券',
      '信息消费',
    ],
    cues: ['新业态', '新模式', '电商', '消费', '数字创意'],
    headingTerms: ['服务业数字化', '数字商务', '新业态', '数字贸易'],
    partTerms: [],
    exclusions: ['农村电商', '农产品电商', '智慧文旅平台'],
  },
  {
    slug: 'smart-agriculture',
    label: '智慧农业',
    description: '农业农村数字化:智慧农业与智慧农场、农业大数据平台(盐农云、苏农云)、农产品出村进城与农村电商、数字乡村。',
    terms: ['智慧农业', '农业数字化', '数字农业', '数字乡村', '智慧农场'],
    keyTerms: ['智慧农业', '农业数字化', '数字农业', '盐农云', '苏农云', '农产品出村进城'],
    synonyms: [
      '盐农云',
      '苏农云',
      '农产品出村进城',
      '农村电商',
      '农业农村大数据',
      '涉农数据',
      '农业大数据',
      '农业生产信息化',
      '农产品电商',
      '数字农场',
      '智能农机',
      '农村数字化',
    ],
    cues: ['农业', '农产品', '农村', '乡村振兴'],
    headingTerms: ['农业', '农村'],
    partTerms: [],
    exclusions: [],
  },
  {
    slug: 'digital-society',
    label: '数字社会与公共服务',
    description:
      '数字社会与公共服务:教育、医疗健康、社保医保、养老、就业、社区、文化等民生服务数字化,城市服务门户(我的盐城 APP),全民数字素养。',
    terms: ['公共服务', '数字社会', '数字民生', '智慧校园', '数字素养'],
    keyTerms: ['智慧校园', '数字教育'],
    synonyms: [
      '智慧教育',
      '互联网医院',
      '医保电子凭证',
      '电子社保卡',
      '全民健康信息',
      '智慧社区',
      '养老服务',
      '智慧图书馆',
      '智慧博物馆',
      '公共文化',
      '我的盐城',
      '健康泰州',
      '社会救助',
      '数字文化',
      '文化数字化',
      '一码就医',
      '便民服务',
      '智慧就业',
      '民生服务',
      '数字教育',
      '智能门户',
      '检查检验结果互认',
      '一码通城',
      '城市码',
    ],
    cues: ['教育', '医疗', '社保', '医保', '卫生健康', '就业', '社区', '文化'],
    headingTerms: ['公共服务', '数字社会', '民生', '数字文化', '智能门户'],
    partTerms: [],
    exclusions: ['公共服务平台', '公共服务事项', '政务服务', '科技资源共享服务平台', '数字文化产业集聚区', '数字社会精准治理'],
  },
  {
    slug: 'green-digital',
    label: '数字化绿色化协同',
    description:
      '数字化与绿色化协同转型:双化协同试点,碳达峰碳中和与能碳管理平台,零碳园区,能源数字化与新型储能,绿色数据中心与信息基础设施节能降耗。',
    terms: ['数字化绿色化协同', '双化协同', '碳达峰', '绿色低碳', '能碳'],
    keyTerms: ['双化协同', '数字化绿色化协同', '绿色数据中心', '碳达峰', '能碳', '零碳'],
    synonyms: [
      '碳中和',
      '双碳',
      '碳足迹',
      '零碳',
      '节能降耗',
      '节能改造',
      '绿色数据中心',
      'PUE',
      '新型储能',
      '虚拟电厂',
      '绿电',
      '绿色工厂',
      '生态环境智慧',
      '能源数字化',
      '生态环境监测',
      '污染监测',
      '电能利用效率',
      '节能降耗',
      '绿色算力',
    ],
    cues: ['绿色', '能源', '生态环境', '节能'],
    headingTerms: ['绿色', '生态文明', '生态环境'],
    partTerms: [],
    exclusions: ['绿色通道', '绿色盐城'],
  },
  {
    slug: 'innovation',
    label: '创新与技术攻关',
    description:
      '数字技术创新:关键核心技术攻关与“揭榜挂帅”、创新平台与研发机构、产学研与创新联合体、成果转化、知识产权与技术标准、未来产业新赛道。',
    terms: ['技术攻关', '揭榜挂帅', '研发机构', '创新平台', '创新联合体', '成果转化'],
    keyTerms: ['揭榜挂帅', '关键核心技术'],
    synonyms: ['重点实验室', '工程研究中心', '企业技术中心', '创新中心', '新型研发机构', '科创载体', '创新载体', '卡脖子', '技术标准', '知识产权运营', '科技资源', '协同创新', '发明专利', 'PCT专利', '创新创业大赛'],
    cues: ['产学研', '关键技术', '核心技术', '共性技术', '科技创新', '技术研发', '知识产权', '专利', '创新链', '开源', '科技合作', '高校院所', '科研院所', '研发', '未来产业'],
    headingTerms: ['技术攻关', '科技创新', '创新平台', '创新链', '创新体系', '创新载体', '核心技术', '知识产权', '技术标准', '科创', '融合创新', '成果转化'],
    partTerms: [],
    exclusions: ['创新应用', '应用创新', '服务创新', '模式创新', '创新发展', '数据创新'],
  },
  {
    slug: 'talent',
    label: '人才',
    description: '数字人才的引进与培养:人才计划、紧缺人才目录、高校专业建设与产教融合、实训基地、数字工匠与数字技能培训。',
    terms: ['人才', '数字工匠', '产教融合'],
    keyTerms: [],
    synonyms: ['数字技能', '人才计划', '人才培养', '人才队伍', '实训基地', '职业技能', '高层次人才', '技能培训', '数字化技能', '从业人员'],
    cues: ['毕业生', '培训', '学科建设', '专业建设'],
    headingTerms: ['人才'],
    partTerms: [],
    exclusions: ['人才培训等第三方', '人才培训、营销'],
  },
  {
    slug: 'organisation',
    label: '组织保障',
    description:
      '组织与制度保障:领导小组与联席会议、专项推进组、考核评价与督查、统计监测体系、专项政策与资金基金、规划与标准规范、宣传氛围与交流合作。',
    terms: ['领导小组', '联席会议', '组织保障', '保障措施', '组织领导', '组织协调', '考核'],
    keyTerms: ['领导小组', '联席会议'],
    synonyms: ['统计监测', '监测考评', '考评', '专项资金', '产业基金', '发展氛围', '专家委员会', '专家咨询委员会', '统计指标', '政策支持', '推进体系', '顶层设计', '协调机制', '宣传推广', '宣传力度', '地方标准', '工作专班'],
    cues: ['规划', '标准规范', '政策', '基金', '工作机制', '督查', '督促', '宣传'],
    headingTerms: ['保障措施', '组织保障', '营造发展氛围', '营造宣传氛围', '政策', '组织', '监测考评', '运行监测', '工作机制', '推进体系', '制度规范', '交流合作', '工作体系'],
    partTerms: ['保障措施', '组织保障', '体系保障'],
    exclusions: ['网络安全宣传周', '宣传引导', '好差评'],
  },
] as const satisfies readonly ThemeDef[];

export type ThemeSlug = (typeof themes)[number]['slug'];

/** Theme slugs in taxonomy order, as a non-empty tuple for z.enum. */
export const themeSlugs = themes.map((t) => t.slug) as unknown as readonly [ThemeSlug, ...ThemeSlug[]];

const bySlug: ReadonlyMap<string, ThemeDef> = new Map(themes.map((t) => [t.slug, t]));

/** The theme with this slug, or undefined. */
export function themeBySlug(slug: string): ThemeDef | undefined {
  return bySlug.get(slug);
}

/** Chinese label of a theme slug (the slug itself if unknown, so nothing is silently dropped). */
export function themeLabel(slug: string): string {
  return bySlug.get(slug)?.label ?? slug;
}

/** Canonical URL of a theme page. */
export function themeUrl(slug: string): string {
  return `/themes/${slug}/`;
}
